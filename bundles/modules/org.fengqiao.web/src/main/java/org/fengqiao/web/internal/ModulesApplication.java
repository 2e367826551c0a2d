package org.fengqiao.web.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The city's features at {@code /api/v1/admin/features}, for the console's module page. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=web" })
@JaxrsApplicationBase(ModulesApplication.BASE)
@JaxrsName(ModulesApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class ModulesApplication extends Application {

    static final String BASE = "api/v1/admin/features";
    static final String NAME = "fengqiao.admin.features";
}
