package org.fengqiao.linkage.hotline.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The hotline's own application at {@code /hotline/v1}: it comes and goes with this plugin without touching the
 * core API. It speaks the core API's JSON; while the
 * plugin is out, its paths answer 404 {@code module_not_installed}.
 */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=linkage-hotline" })
@JaxrsApplicationBase(HotlineApplication.BASE)
@JaxrsName(HotlineApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class HotlineApplication extends Application {

    static final String BASE = "hotline/v1";
    static final String NAME = "fengqiao-hotline";
}
