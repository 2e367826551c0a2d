package org.fengqiao.rest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fengqiao.platform.api.Problem;

/** Every error of the API: {@code {"error": code, "message": text, "details": [...]}} with its status. */
public final class ErrorBody {

    private ErrorBody() {
    }

    /** @param details {@link Problem}s, or their JSON shapes ({@code field}, {@code code}, {@code message}) */
    public static Response response(int status, String code, String message, List<?> details,
            Map<String, Object> attributes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        body.put("details", details);
        body.putAll(attributes);
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"fengqiao\"");
        }
        return builder.build();
    }

    public static Response response(int status, String code, String message) {
        return response(status, code, message, List.of(), Map.of());
    }
}
