package org.fengqiao.linkage.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How dispatches reach a department: its staff work them in Fengqiao ({@link Mode#IN_APP}), or they are pushed to the
 * department's own system as Open311 GeoReport v2 requests whose status is read back ({@link Mode#OPEN311}).
 *
 * @param endpoint the department's GeoReport v2 base URL (ending before {@code requests.json}), for OPEN311
 * @param serviceCodes the department system's service code for each of our category codes
 * @param address sent as {@code address_string} when a ticket has no address field of its own
 */
public record Delivery(Mode mode, URI endpoint, String apiKey, String jurisdictionId, Map<String, String> serviceCodes,
        String address) {

    public enum Mode {
        IN_APP, OPEN311
    }

    public Delivery {
        serviceCodes = Map.copyOf(serviceCodes);
    }

    public static Delivery inApp() {
        return new Delivery(Mode.IN_APP, null, null, null, Map.of(), null);
    }

    public Optional<String> serviceCode(String category) {
        return Optional.ofNullable(serviceCodes.get(category));
    }

    /**
     * Reads a linkage's configuration: {@code delivery = in_app | open311}; for open311 also
     * {@code open311.endpoint}, {@code open311.api_key}, optional {@code open311.jurisdiction_id},
     * {@code open311.address} and, from {@code properties}, one {@code open311.service_code.<category>} per category.
     *
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    public static Delivery fromConfiguration(DeliveryConfig config, Map<String, ?> properties) {
        String mode = blankless(config.delivery()).orElse("in_app").toLowerCase(Locale.ROOT);
        if (mode.equals("in_app")) {
            return inApp();
        }
        if (!mode.equals("open311")) {
            throw new IllegalArgumentException("delivery = " + mode + ": expected in_app or open311");
        }
        String endpoint = blankless(config.open311_endpoint())
                .orElseThrow(() -> new IllegalArgumentException("delivery = open311 needs open311.endpoint"));
        URI uri;
        try {
            uri = new URI(endpoint.endsWith("/") ? endpoint : endpoint + "/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("open311.endpoint = " + endpoint + " is not a URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("open311.endpoint = " + endpoint + " is not an http(s) URL");
        }
        String apiKey = blankless(config.open311_api__key())
                .orElseThrow(() -> new IllegalArgumentException("delivery = open311 needs open311.api_key"));
        Map<String, String> codes = new LinkedHashMap<>();
        String prefix = "open311.service_code.";
        properties.forEach((key, value) -> {
            if (key.startsWith(prefix) && value != null && !value.toString().isBlank()) {
                codes.put(key.substring(prefix.length()), value.toString().strip());
            }
        });
        return new Delivery(Mode.OPEN311, uri, apiKey, blankless(config.open311_jurisdiction__id()).orElse(null),
                codes, blankless(config.open311_address()).orElse(null));
    }

    private static Optional<String> blankless(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
