package org.fengqiao.rest.api.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answers Jetty gives by itself — a malformed request line or path ({@code %00}, {@code %2F}, {@code ..}), a
 * request line or headers too long, a path no application serves, a method no servlet takes, a failure outside the
 * JAX-RS applications — in the platform's error body instead of Jetty's HTML page; under {@code /open311} in
 * GeoReport v2's own error list (XML when the path asks for {@code .xml}).
 */
public class ContainerErrorBody extends ErrorHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json;charset=utf-8";

    /** Every method gets a body, not only GET, POST and HEAD (Jetty's default leaves TRACE and PUT answers empty). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        String type;
        byte[] body;
        if (path.startsWith("/open311/")) {
            boolean xml = path.contains(".xml");
            type = xml ? "text/xml;charset=utf-8" : JSON;
            body = (xml ? open311Xml(code) : open311Json(code)).getBytes(StandardCharsets.UTF_8);
        } else {
            type = JSON;
            body = json(code);
        }
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Requests Jetty refuses while parsing (414, 431, a bad request line): the JSON body, with no path to go by. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        if (HttpStatus.hasNoBody(status)) {
            return ByteBuffer.allocate(0);
        }
        fields.put(HttpHeader.CONTENT_TYPE, JSON);
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(json(status));
    }

    static byte[] json(int status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code(status));
        body.put("message", message(status));
        body.put("details", List.of());
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String open311Json(int status) {
        try {
            return MAPPER.writeValueAsString(List.of(Map.of("code", status, "description", message(status))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String open311Xml(int status) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>" + status + "</code><description>"
                + message(status) + "</description></error></errors>";
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 500 -> "internal_error";
            case 503 -> "unavailable";
            default -> "http_" + status;
        };
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "the request is malformed: its request line, path (no encoded NUL, slash or dot segments)"
                    + " or headers cannot be read";
            case 404 -> "no such resource";
            case 405 -> "this resource does not take that method";
            case 413 -> "the request body is larger than the server accepts";
            case 414 -> "the request line (path and query) is longer than the server accepts";
            case 431 -> "the request headers are larger than the server accepts";
            case 500 -> "an unexpected error occurred; it has been logged";
            case 503 -> "the server is starting or stopping; try again";
            default -> HttpStatus.getMessage(status);
        };
    }
}
