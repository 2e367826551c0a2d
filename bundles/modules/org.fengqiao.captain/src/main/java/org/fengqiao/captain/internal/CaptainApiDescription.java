package org.fengqiao.captain.internal;

import org.fengqiao.rest.api.ApiDescription;
import org.fengqiao.rest.api.BundledApiDescription;
import org.osgi.service.component.annotations.Component;

/** This module's part of {@code /api/v1/openapi.json}, while it is installed. */
@Component(service = ApiDescription.class)
public class CaptainApiDescription extends BundledApiDescription {

    static final String DOCUMENT = "/openapi/captain.json";

    public CaptainApiDescription() {
        super("captain", DOCUMENT);
    }
}
