package org.fengqiao.rest.api.internal;

import javax.servlet.Servlet;
import javax.servlet.ServletException;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.ServerRegistry;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.servlet.ServletMapping;
import org.ops4j.pax.web.service.spi.servlet.OsgiInitializedServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A module application is a servlet context of its own at its base, and Jetty answers a request for the bare base
 * ({@code /api/v1/articles}) with a redirect to {@code /api/v1/articles/} — a POST would be lost. This request
 * customizer (pax-web hands every registered one to Jetty) serves the bare base as the base with a slash instead.
 * It also sends a request for a module published by version ({@link ModuleVersions}) to the version that serves.
 */
// pax-web keeps its request customizers in a set ordered by service.ranking: two with the same ranking are one
@Component(service = HttpConfiguration.Customizer.class, property = "service.ranking:Integer=30")
public class ModuleBasePaths implements HttpConfiguration.Customizer {

    private final ModulePresence modules;
    private final ModuleVersions versions;

    @Activate
    public ModuleBasePaths(@Reference ModulePresence modules, @Reference ModuleVersions versions) {
        this.modules = modules;
        this.versions = versions;
    }

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        String path = request.getPathInfo();
        if (path == null) {
            return;
        }
        String routed = versions.route(path, base -> serves(connector.getServer(), base));
        if (routed != null) {
            rewrite(request, routed);
        } else if (modules.isPresentBase(path)) {
            rewrite(request, path + "/");
        }
    }

    private static void rewrite(Request request, String path) {
        String query = request.getQueryString();
        request.setURIPathQuery(path + (query == null ? "" : "?" + query));
        request.setPathInfo(path);
    }

    /**
     * Whether an application answers at this path: Jetty has a started context there whose servlet takes everything,
     * and the CXF server behind that servlet has started (the whiteboard registers the servlet first).
     */
    static boolean serves(Server server, String contextPath) {
        for (Handler handler : server.getChildHandlersByClass(ServletContextHandler.class)) {
            ServletContextHandler context = (ServletContextHandler) handler;
            ServletHandler servlets = context.getServletHandler();
            if (contextPath.equals(context.getContextPath()) && context.isAvailable() && servlets != null) {
                ServletMapping mapping = servlets.getServletMapping("/*");
                ServletHolder holder = mapping == null ? null : servlets.getServlet(mapping.getServletName());
                Servlet servlet = holder == null || !holder.isAvailable() ? null : initialized(holder);
                if (servlet instanceof OsgiInitializedServlet wrapped) { // how pax-web holds a whiteboard servlet
                    servlet = wrapped.getDelegate();
                }
                return servlet instanceof CXFNonSpringServlet cxf && started(cxf.getBus());
            }
        }
        return false;
    }

    /** The held servlet, initialized now if no request has reached it yet (the first request would). */
    private static Servlet initialized(ServletHolder holder) {
        try {
            return holder.getServlet();
        } catch (ServletException e) {
            return null;
        }
    }

    private static boolean started(Bus bus) {
        ServerRegistry registry = bus == null ? null : bus.getExtension(ServerRegistry.class);
        return registry != null && registry.getServers().stream().anyMatch(org.apache.cxf.endpoint.Server::isStarted);
    }
}
