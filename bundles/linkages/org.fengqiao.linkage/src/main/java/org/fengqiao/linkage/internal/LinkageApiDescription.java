package org.fengqiao.linkage.internal;

import org.fengqiao.rest.api.ApiDescription;
import org.fengqiao.rest.api.BundledApiDescription;
import org.osgi.service.component.annotations.Component;

/** This module's part of {@code /api/v1/openapi.json}, while it is installed. */
@Component(service = ApiDescription.class)
public class LinkageApiDescription extends BundledApiDescription {

    static final String DOCUMENT = "/openapi/linkage.json";

    public LinkageApiDescription() {
        super("linkage", DOCUMENT);
    }
}
