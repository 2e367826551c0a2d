package ${package}.internal;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's endpoints at {@code /api/v1/${moduleId}}. Registered with {@value WebApi#MODULE} and no base: the
 * platform publishes it by this bundle's version, so a newer version deployed next to this one takes over without a
 * gap. While the module is uninstalled its paths answer 404 {@code module_not_installed}.
 */
@Component(service = Application.class, property = WebApi.MODULE + "=${moduleId}")
public class ${moduleClass}Application extends Application {

    private final Set<Object> resources;

    @Activate
    public ${moduleClass}Application(@Reference ${moduleClass}Resource entries) {
        this.resources = Set.of(entries);
    }

    /** The resources of this version; the platform adds its JSON provider and error mappers. */
    @Override
    public Set<Object> getSingletons() {
        return resources;
    }
}
