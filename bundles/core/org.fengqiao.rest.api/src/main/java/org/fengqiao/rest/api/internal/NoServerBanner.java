package org.fengqiao.rest.api.internal;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.osgi.service.component.annotations.Component;

/** Keeps Jetty from naming itself and its version in a {@code Server} header (a request customizer pax-web installs). */
// pax-web keeps its request customizers in a set ordered by service.ranking: two with the same ranking are one
@Component(service = HttpConfiguration.Customizer.class, property = "service.ranking:Integer=10")
public class NoServerBanner implements HttpConfiguration.Customizer {

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        configuration.setSendServerVersion(false);
        configuration.setSendXPoweredBy(false);
    }
}
