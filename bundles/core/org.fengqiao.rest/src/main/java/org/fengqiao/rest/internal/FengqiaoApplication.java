package org.fengqiao.rest.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The core API application at {@code /api/v1}: identity, boards, tickets, timeline, queues, supervision, stats,
 * health and the OpenAPI document. Its resources are whiteboard components of this bundle only; boards are data-only
 * services and modules bring applications of their own under {@code /api/v1/...}, so nothing that comes and goes
 * rebuilds it.
 */
@Component(service = Application.class, property = WebApi.JSON_API + "=true")
@JaxrsApplicationBase(WebApi.BASE)
@JaxrsName(FengqiaoApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class FengqiaoApplication extends Application {

    public static final String NAME = "fengqiao";
    /** Selects this application, for resources. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
