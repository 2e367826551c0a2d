package org.fengqiao.ticketing.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The city's routing table from configuration: {@code routing.<board>.<category>}, then {@code routing.<board>}; then
 * the board plugin's own defaults ({@code routing.<category>}, then {@code routing}, its service properties, which
 * its own configuration overrides); then {@code routing.default}, each naming a unit code; complaints about staff go
 * to {@code routing.complaints}.
 */
final class TicketRouting {

    private final Map<String, Object> properties;
    private final Optional<String> defaultUnit;
    private final Optional<String> complaintUnit;

    /** @param properties the whole configuration, for the {@code routing.<board>[.<category>]} family */
    TicketRouting(TicketingConfig config, Map<String, Object> properties) {
        this.properties = Map.copyOf(properties);
        this.defaultUnit = blankless(config.routing_default());
        this.complaintUnit = blankless(config.routing_complaints());
    }

    /** @param plugin the board plugin's settings ({@code BoardRegistry.Registration.settings()}) */
    Optional<String> unitFor(String boardId, String category, Map<String, Object> plugin) {
        return value(properties, "routing." + boardId + "." + category)
                .or(() -> value(properties, "routing." + boardId))
                .or(() -> value(plugin, "routing." + category))
                .or(() -> value(plugin, "routing"))
                .or(() -> defaultUnit);
    }

    /** The supervision unit that handles complaints about named staff: {@code routing.complaints}. */
    Optional<String> complaintUnit() {
        return complaintUnit;
    }

    private static Optional<String> value(Map<String, Object> properties, String key) {
        Object v = properties.get(key);
        return blankless(v == null ? null : v.toString());
    }

    private static Optional<String> blankless(String v) {
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
