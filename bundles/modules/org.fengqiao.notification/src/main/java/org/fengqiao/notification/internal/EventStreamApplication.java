package org.fengqiao.notification.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The live event stream at {@code /api/v1/events}: an application of this module's own, so the core application is never rebuilt for it. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=notification" })
@JaxrsApplicationBase(EventStreamApplication.BASE)
@JaxrsName(EventStreamApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class EventStreamApplication extends Application {

    static final String BASE = "api/v1/events";
    static final String NAME = "fengqiao.events";
}
