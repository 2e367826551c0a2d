package ${package}.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The module's endpoints at {@code /api/v1/${moduleId}}: an application of its own, so the platform's application is
 * never rebuilt for it. While the module is uninstalled its paths answer 404 {@code module_not_installed}.
 */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=${moduleId}" })
@JaxrsApplicationBase(${moduleClass}Application.BASE)
@JaxrsName(${moduleClass}Application.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class ${moduleClass}Application extends Application {

    static final String BASE = WebApi.BASE + "/${moduleId}";
    static final String NAME = "${package}";
}
