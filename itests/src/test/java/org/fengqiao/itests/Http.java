package org.fengqiao.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A small JSON-over-HTTP client for the tests: real requests to the running distribution. */
public final class Http {

    public record Response(int status, JsonNode json, String text, java.net.http.HttpHeaders headers) {
        public String error() {
            return json.path("error").asText(null);
        }

        /** The first value of a response header, or {@code null}. */
        public String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this(port, "/api/v1");
    }

    /** For the other applications: {@code /open311/v2}, {@code /hotline/v1}. */
    public Http(int port, String basePath) {
        this.base = "http://127.0.0.1:" + port + basePath;
    }

    /** Any request, with the given headers (e.g. {@code X-Api-Key}); {@code body} may be {@code null}. */
    public Response send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return send(b, null);
    }

    public static String json(Object body) {
        return write(body);
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    public Response post(String path, Object body, String token) {
        String json = body instanceof String s ? s : write(body);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    public Response postRaw(String path, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b, token);
    }

    private Response send(HttpRequest.Builder builder, String token) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = client.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode node;
            try {
                node = r.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(r.body());
            } catch (IOException notJson) {
                node = MissingNode.getInstance();
            }
            return new Response(r.statusCode(), node, r.body(), r.headers());
        } catch (IOException e) {
            return new Response(-1, MissingNode.getInstance(), e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs in and returns the bearer token. */
    public String login(String username, String password) {
        Response r = post("/auth/login", java.util.Map.of("username", username, "password", password), null);
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.text());
        }
        return r.json().path("token").asText();
    }
}
