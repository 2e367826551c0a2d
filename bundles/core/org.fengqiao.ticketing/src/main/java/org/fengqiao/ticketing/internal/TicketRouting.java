package org.fengqiao.ticketing.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The city's routing table from configuration: {@code routing.<board>.<category>}, then {@code routing.<board>},
 * then {@code routing.default}, each naming a unit code; complaints about staff go to {@code routing.complaints}.
 */
final class TicketRouting {

    private final Map<String, Object> properties;

    TicketRouting(Map<String, Object> properties) {
        this.properties = Map.copyOf(properties);
    }

    Optional<String> unitFor(String boardId, String category) {
        return value("routing." + boardId + "." + category)
                .or(() -> value("routing." + boardId))
                .or(() -> value("routing.default"));
    }

    /** The supervision unit that handles complaints about named staff: {@code routing.complaints}. */
    Optional<String> complaintUnit() {
        return value("routing.complaints");
    }

    private Optional<String> value(String key) {
        Object v = properties.get(key);
        return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString().strip());
    }
}
