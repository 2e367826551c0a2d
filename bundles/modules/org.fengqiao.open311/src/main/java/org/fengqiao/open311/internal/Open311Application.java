package org.fengqiao.open311.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** GeoReport v2 at {@code /open311/v2}: its own application, so that it comes and goes without the core API. */
@Component(service = Application.class, property = "fengqiao.module=open311")
@JaxrsApplicationBase(Open311Application.BASE)
@JaxrsName(Open311Application.NAME)
public class Open311Application extends Application {

    static final String BASE = "open311/v2";
    static final String NAME = "fengqiao-open311";
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
