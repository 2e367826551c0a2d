package org.fengqiao.rest.api.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Headers on every answer of every application: no content sniffing, no framing, nothing to load for an API answer
 * shown as a page, and no caching of what an authenticated request read.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("fengqiao.security.headers")
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
public class SecurityHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        apply(request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getHeaderString("X-Api-Key") != null, response.getHeaders());
    }

    static void apply(boolean authenticated, MultivaluedMap<String, Object> headers) {
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.putSingle("Referrer-Policy", "no-referrer");
        if (authenticated) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
