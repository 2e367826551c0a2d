package org.fengqiao.linkage.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fengqiao.linkage.api.Delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Speaks GeoReport v2 (JSON format) to a department's own system: creates requests and reads their status back.
 * Any conforming server works; Fengqiao's own {@code /open311/v2} is one.
 */
final class Open311Client {

    /** What the department's system answered to a new request: an id, or a token to ask for the id later. */
    record Created(String requestId, String token) {
    }

    /** A request's state in the department's system. */
    record Status(String requestId, String status, String notes) {
    }

    /** The department's system could not be reached or refused the call. */
    static final class Open311Exception extends Exception {
        private static final long serialVersionUID = 1L;

        Open311Exception(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration timeout;

    Open311Client(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Created create(Delivery delivery, String serviceCode, String description, String address)
            throws Open311Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", delivery.apiKey());
        if (delivery.jurisdictionId() != null) {
            form.put("jurisdiction_id", delivery.jurisdictionId());
        }
        form.put("service_code", serviceCode);
        form.put("address_string", address);
        form.put("description", description);
        HttpRequest request = HttpRequest.newBuilder(delivery.endpoint().resolve("requests.json")).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        JsonNode first = firstOf(send(request));
        String id = text(first, "service_request_id");
        String token = text(first, "token");
        if (id == null && token == null) {
            throw new Open311Exception("the answer has neither service_request_id nor token");
        }
        return new Created(id, token);
    }

    Optional<String> requestIdForToken(Delivery delivery, String token) throws Open311Exception {
        URI uri = withJurisdiction(delivery, delivery.endpoint().resolve("tokens/"
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + ".json"), Map.of());
        JsonNode answer = send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build());
        return answer.isArray() && answer.size() > 0 ? Optional.ofNullable(text(answer.get(0), "service_request_id"))
                : Optional.empty();
    }

    List<Status> statuses(Delivery delivery, List<String> requestIds) throws Open311Exception {
        URI uri = withJurisdiction(delivery, delivery.endpoint().resolve("requests.json"),
                Map.of("service_request_id", String.join(",", requestIds)));
        JsonNode answer = send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build());
        List<Status> statuses = new ArrayList<>();
        if (answer.isArray()) {
            for (JsonNode r : answer) {
                statuses.add(new Status(text(r, "service_request_id"), text(r, "status"), text(r, "status_notes")));
            }
        }
        return statuses;
    }

    private JsonNode send(HttpRequest request) throws Open311Exception {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Open311Exception(request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Open311Exception("interrupted");
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new Open311Exception(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + " with no JSON");
        }
        if (response.statusCode() / 100 != 2) {
            String description = body != null && body.isArray() && body.size() > 0
                    ? text(body.get(0), "description") : null;
            throw new Open311Exception(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + (description == null ? "" : ": " + description));
        }
        return body;
    }

    private static JsonNode firstOf(JsonNode answer) throws Open311Exception {
        if (answer == null || !answer.isArray() || answer.isEmpty()) {
            throw new Open311Exception("the answer is not a non-empty JSON array");
        }
        return answer.get(0);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static URI withJurisdiction(Delivery delivery, URI base, Map<String, String> query) {
        Map<String, String> all = new LinkedHashMap<>(query);
        if (delivery.jurisdictionId() != null) {
            all.put("jurisdiction_id", delivery.jurisdictionId());
        }
        return all.isEmpty() ? base : URI.create(base + "?" + encode(all));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
