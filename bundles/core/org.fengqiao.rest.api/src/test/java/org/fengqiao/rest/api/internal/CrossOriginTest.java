package org.fengqiao.rest.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class CrossOriginTest {

    private static CrossOrigin.Config config(String... origins) {
        return (CrossOrigin.Config) Proxy.newProxyInstance(CrossOrigin.Config.class.getClassLoader(),
                new Class<?>[] {CrossOrigin.Config.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "allowed_origins" -> origins;
                    case "allowed_methods" -> new String[] {"GET", "POST"};
                    case "allowed_headers" -> new String[] {"Authorization"};
                    case "max_age_seconds" -> 600;
                    default -> null;
                });
    }

    private static ContainerRequestContext get(String origin, Map<String, Object> properties) {
        return (ContainerRequestContext) Proxy.newProxyInstance(ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> "Origin".equals(args[0]) ? origin : null;
                    case "getMethod" -> "GET";
                    case "getProperty" -> properties.get((String) args[0]);
                    case "setProperty" -> properties.put((String) args[0], args[1]);
                    default -> null;
                });
    }

    private static ContainerResponseContext response(MultivaluedMap<String, Object> headers) {
        return (ContainerResponseContext) Proxy.newProxyInstance(ContainerResponseContext.class.getClassLoader(),
                new Class<?>[] {ContainerResponseContext.class}, (proxy, method, args) ->
                        "getHeaders".equals(method.getName()) ? headers : null);
    }

    @Test
    void aListedOriginIsEchoedAndAnotherIsNot() throws Exception {
        CrossOrigin cors = new CrossOrigin(config("https://portal.example.cn/"));
        for (String origin : new String[] {"https://portal.example.cn", "https://evil.example"}) {
            ContainerRequestContext request = get(origin, new HashMap<>());
            MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
            cors.filter(request);
            cors.filter(request, response(headers));
            assertEquals(origin.contains("portal") ? origin : null, headers.getFirst("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void aListChangedDuringARequestDoesNotSplitItsAnswer() throws Exception {
        CrossOrigin cors = new CrossOrigin(config());
        ContainerRequestContext request = get("https://portal.example.cn", new HashMap<>());
        cors.filter(request);
        cors.modified(config("https://portal.example.cn"));
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        cors.filter(request, response(headers));
        assertNull(headers.getFirst("Access-Control-Allow-Origin"), "decided when the request came in: not listed");
    }

    @Test
    void anAnswerGivenBeforeTheRequestSideRanIsDecidedThen() throws Exception {
        CrossOrigin cors = new CrossOrigin(config("https://portal.example.cn"));
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        cors.filter(get("https://portal.example.cn", new HashMap<>()), response(headers));
        assertEquals("https://portal.example.cn", headers.getFirst("Access-Control-Allow-Origin"));
    }
}
