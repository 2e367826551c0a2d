package org.fengqiao.cogovernance.internal;

import org.fengqiao.rest.api.ApiDescription;
import org.fengqiao.rest.api.BundledApiDescription;
import org.osgi.service.component.annotations.Component;

/** This module's part of {@code /api/v1/openapi.json}, while it is installed. */
@Component(service = ApiDescription.class)
public class CogovernanceApiDescription extends BundledApiDescription {

    static final String DOCUMENT = "/openapi/cogovernance.json";

    public CogovernanceApiDescription() {
        super("cogovernance", DOCUMENT);
    }
}
