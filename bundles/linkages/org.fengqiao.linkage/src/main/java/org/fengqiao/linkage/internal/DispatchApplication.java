package org.fengqiao.linkage.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Department dispatches at {@code /api/v1/dispatches}: an application of this module's own, so the core application is never rebuilt for it. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=linkage" })
@JaxrsApplicationBase(DispatchApplication.BASE)
@JaxrsName(DispatchApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class DispatchApplication extends Application {

    static final String BASE = "api/v1/dispatches";
    static final String NAME = "fengqiao.dispatches";
}
