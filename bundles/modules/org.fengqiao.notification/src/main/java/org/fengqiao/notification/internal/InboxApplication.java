package org.fengqiao.notification.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The caller's inbox at {@code /api/v1/me/notifications}: an application of this module's own, so the core application is never rebuilt for it. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=notification" })
@JaxrsApplicationBase(InboxApplication.BASE)
@JaxrsName(InboxApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class InboxApplication extends Application {

    static final String BASE = "api/v1/me/notifications";
    static final String NAME = "fengqiao.notifications";
}
