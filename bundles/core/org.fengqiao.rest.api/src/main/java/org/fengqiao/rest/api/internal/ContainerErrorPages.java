package org.fengqiao.rest.api.internal;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.HandlerCollection;
import org.osgi.service.component.annotations.Component;

/**
 * Puts {@link ContainerErrorBody} in place of Jetty's error handlers, on the server (bad messages) and on every
 * servlet context pax-web creates (errors inside a context). pax-web gives no hook to the server itself, so this
 * request customizer does it on the first request and again whenever the set of contexts has changed.
 */
// pax-web keeps its request customizers in a set ordered by service.ranking: two with the same ranking are one
@Component(service = HttpConfiguration.Customizer.class, property = "service.ranking:Integer=20")
public class ContainerErrorPages implements HttpConfiguration.Customizer {

    private final ContainerErrorBody errors = new ContainerErrorBody();
    private volatile Handler[] installedOn;

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        Server server = connector.getServer();
        if (server == null) {
            return;
        }
        Handler[] top = topHandlers(server);
        if (server.getErrorHandler() != errors || top != installedOn) {
            install(server, top);
        }
    }

    /** The array of the server's top handler collection: Jetty replaces it whenever a context comes or goes. */
    private static Handler[] topHandlers(Server server) {
        return server.getHandler() instanceof HandlerCollection collection ? collection.getHandlers()
                : new Handler[] {server.getHandler()};
    }

    private synchronized void install(Server server, Handler[] top) {
        if (server.getErrorHandler() != errors) {
            server.setErrorHandler(errors);
        }
        for (Handler handler : server.getChildHandlersByClass(ContextHandler.class)) {
            ContextHandler context = (ContextHandler) handler;
            if (context.getErrorHandler() != errors) {
                context.setErrorHandler(errors);
            }
        }
        installedOn = top;
    }
}
