package org.fengqiao.rest.api.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Cross-origin requests from browsers: off (no {@code Access-Control-*} header, so browsers refuse) unless the city
 * lists the origins of its own pages in {@code org.fengqiao.rest.cors}. Only a listed origin is echoed, never
 * {@code *}; preflight requests of a listed origin are answered here.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class},
        configurationPid = CrossOrigin.PID)
@Designate(ocd = CrossOrigin.Config.class)
@JaxrsExtension
@JaxrsName("fengqiao.cross.origin")
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@PreMatching
public class CrossOrigin implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String PID = "org.fengqiao.rest.cors";

    @ObjectClassDefinition(name = "Fengqiao cross-origin requests", description = "Which web origins (scheme://host:port)"
            + " may call the API from a browser. Empty: none (the default).")
    public @interface Config {
        @AttributeDefinition(name = "Allowed origins", description = "Exact origins, e.g. https://portal.city.gov.cn")
        String[] allowed_origins() default {};

        @AttributeDefinition(name = "Allowed methods")
        String[] allowed_methods() default {"GET", "POST", "PUT", "PATCH", "DELETE"};

        @AttributeDefinition(name = "Allowed request headers")
        String[] allowed_headers() default {"Authorization", "Content-Type", "Accept-Language", "X-Api-Key"};

        @AttributeDefinition(name = "Preflight cache (s)")
        int max_age_seconds() default 600;
    }

    private volatile Set<String> origins = Set.of();
    private volatile String methods = "";
    private volatile String headers = "";
    private volatile int maxAge;

    @Activate
    public CrossOrigin(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        origins = Arrays.stream(config.allowed_origins()).map(String::strip).filter(o -> !o.isEmpty())
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o).collect(Collectors.toSet());
        methods = String.join(", ", List.of(config.allowed_methods()));
        headers = String.join(", ", List.of(config.allowed_headers()));
        maxAge = config.max_age_seconds();
    }

    boolean allows(String origin) {
        return origin != null && origins.contains(origin);
    }

    /** The request's listed origin, decided once per request: a change of the list midway cannot split the answer. */
    private static final String LISTED = CrossOrigin.class.getName() + ".listed";

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (!allows(origin)) {
            request.setProperty(LISTED, "");
            return;
        }
        request.setProperty(LISTED, origin);
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeaderString("Access-Control-Request-Method") != null;
        if (preflight) {
            request.abortWith(Response.noContent().header("Access-Control-Allow-Origin", origin)
                    .header("Access-Control-Allow-Methods", methods).header("Access-Control-Allow-Headers", headers)
                    .header("Access-Control-Max-Age", maxAge).header("Vary", "Origin").build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object decided = request.getProperty(LISTED);
        // a request another filter answered before this one's request side ran is decided now
        String origin = decided != null ? decided.toString()
                : allows(request.getHeaderString("Origin")) ? request.getHeaderString("Origin") : "";
        MultivaluedMap<String, Object> answer = response.getHeaders();
        if (!origin.isEmpty() && !answer.containsKey("Access-Control-Allow-Origin")) {
            answer.putSingle("Access-Control-Allow-Origin", origin);
            answer.putSingle("Access-Control-Expose-Headers", "Retry-After, Location");
            answer.add("Vary", "Origin");
        }
    }
}
