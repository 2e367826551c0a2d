package org.fengqiao.ticketing.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.board.api.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deadlines of a category: the city's configuration in ISO-8601 durations,
 * {@code deadline.<board>.<category>.first-response = PT12H}, {@code deadline.<board>.<category>.resolution = P5D}, or
 * the same without the category for the whole board; else the board plugin's settings,
 * {@code deadline[.<category>].first-response|resolution}; else the category's own.
 */
final class DeadlinePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlinePolicy.class);

    private final Map<String, Object> properties;

    DeadlinePolicy(Map<String, Object> properties) {
        this.properties = Map.copyOf(properties);
    }

    /** @param plugin the board plugin's settings ({@code BoardRegistry.Registration.settings()}) */
    Duration firstResponse(String boardId, Map<String, Object> plugin, Category category) {
        return configured(boardId, plugin, category.code(), "first-response").orElse(category.firstResponse());
    }

    /** @param plugin the board plugin's settings ({@code BoardRegistry.Registration.settings()}) */
    Duration resolution(String boardId, Map<String, Object> plugin, Category category) {
        return configured(boardId, plugin, category.code(), "resolution").orElse(category.resolution());
    }

    private Optional<Duration> configured(String boardId, Map<String, Object> plugin, String category, String kind) {
        return duration(properties, "deadline." + boardId + "." + category + "." + kind)
                .or(() -> duration(properties, "deadline." + boardId + "." + kind))
                .or(() -> duration(plugin, "deadline." + category + "." + kind))
                .or(() -> duration(plugin, "deadline." + kind));
    }

    private static Optional<Duration> duration(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        try {
            Duration d = Duration.parse(value.toString().strip());
            if (d.isNegative() || d.isZero()) {
                LOG.error("{} = {} must be positive; the board's deadline applies", key, value);
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (DateTimeParseException e) {
            LOG.error("{} = {} is not an ISO-8601 duration such as PT12H or P5D; the board's deadline applies", key,
                    value);
            return Optional.empty();
        }
    }
}
