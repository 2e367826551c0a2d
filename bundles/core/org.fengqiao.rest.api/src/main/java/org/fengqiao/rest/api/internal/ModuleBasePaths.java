package org.fengqiao.rest.api.internal;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A module application is a servlet context of its own at its base, and Jetty answers a request for the bare base
 * ({@code /api/v1/articles}) with a redirect to {@code /api/v1/articles/} — a POST would be lost. This request
 * customizer (pax-web hands every registered one to Jetty) serves the bare base as the base with a slash instead.
 */
// pax-web keeps its request customizers in a set ordered by service.ranking: two with the same ranking are one
@Component(service = HttpConfiguration.Customizer.class, property = "service.ranking:Integer=30")
public class ModuleBasePaths implements HttpConfiguration.Customizer {

    private final ModulePresence modules;

    @Activate
    public ModuleBasePaths(@Reference ModulePresence modules) {
        this.modules = modules;
    }

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        String path = request.getPathInfo();
        if (path != null && modules.isPresentBase(path)) {
            String query = request.getQueryString();
            request.setURIPathQuery(path + "/" + (query == null ? "" : "?" + query));
            request.setPathInfo(path + "/");
        }
    }
}
