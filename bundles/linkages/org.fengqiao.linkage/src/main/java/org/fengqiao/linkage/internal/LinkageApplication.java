package org.fengqiao.linkage.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The installed department linkages at {@code /api/v1/linkages}: an application of this module's own, so the core application is never rebuilt for it. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=linkage" })
@JaxrsApplicationBase(LinkageApplication.BASE)
@JaxrsName(LinkageApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class LinkageApplication extends Application {

    static final String BASE = "api/v1/linkages";
    static final String NAME = "fengqiao.linkages";
}
