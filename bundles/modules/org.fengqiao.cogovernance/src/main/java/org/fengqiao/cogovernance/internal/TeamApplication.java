package org.fengqiao.cogovernance.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Five-in-one teams, their queues and figures at {@code /api/v1/teams}: an application of this module's own. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=cogovernance" })
@JaxrsApplicationBase(TeamApplication.BASE)
@JaxrsName(TeamApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class TeamApplication extends Application {

    static final String BASE = "api/v1/teams";
    static final String NAME = "fengqiao.teams";
}
