package org.fengqiao.captain.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Early-warning alerts for precincts at {@code /api/v1/alerts}: an application of this module's own. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=captain" })
@JaxrsApplicationBase(AlertApplication.BASE)
@JaxrsName(AlertApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class AlertApplication extends Application {

    static final String BASE = "api/v1/alerts";
    static final String NAME = "fengqiao.alerts";
}
