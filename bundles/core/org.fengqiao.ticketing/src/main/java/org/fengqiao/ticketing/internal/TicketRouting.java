package org.fengqiao.ticketing.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The city's routing table from configuration: {@code routing.<board>.<category>}, then {@code routing.<board>},
 * then {@code routing.default}, each naming a unit code; complaints about staff go to {@code routing.complaints}.
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

    Optional<String> unitFor(String boardId, String category) {
        return value("routing." + boardId + "." + category)
                .or(() -> value("routing." + boardId))
                .or(() -> defaultUnit);
    }

    /** The supervision unit that handles complaints about named staff: {@code routing.complaints}. */
    Optional<String> complaintUnit() {
        return complaintUnit;
    }

    private Optional<String> value(String key) {
        Object v = properties.get(key);
        return blankless(v == null ? null : v.toString());
    }

    private static Optional<String> blankless(String v) {
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
