package org.fengqiao.rest.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The core API application at {@code /api/v1}. Its resources are whiteboard components of this bundle; boards are
 * data-only services and never add or remove resources here, so plugins coming and going do not rebuild it.
 */
@Component(service = Application.class, property = FengqiaoApplication.JSON_API + "=true")
@JaxrsApplicationBase(FengqiaoApplication.BASE)
@JaxrsName(FengqiaoApplication.NAME)
@JaxrsExtensionSelect("(osgi.jaxrs.name=" + JsonProvider.NAME + ")")
public class FengqiaoApplication extends Application {

    public static final String BASE = "api/v1";
    public static final String NAME = "fengqiao";
    /** Selects this application, for resources and extensions. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
    /**
     * Set to {@code true} on any application that speaks this API's JSON: it gets the JSON provider and the
     * {@code {"error","message","details"}} error mappers (the 12345 hotline bridge does).
     */
    public static final String JSON_API = "fengqiao.json.api";
    static final String JSON_API_SELECT = "(" + JSON_API + "=true)";
}
