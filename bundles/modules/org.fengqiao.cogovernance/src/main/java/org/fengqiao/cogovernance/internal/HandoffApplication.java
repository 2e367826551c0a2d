package org.fengqiao.cogovernance.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Hand-offs between a team's roles and to departments at {@code /api/v1/handoffs}: an application of this module's own. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=cogovernance" })
@JaxrsApplicationBase(HandoffApplication.BASE)
@JaxrsName(HandoffApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class HandoffApplication extends Application {

    static final String BASE = "api/v1/handoffs";
    static final String NAME = "fengqiao.handoffs";
}
