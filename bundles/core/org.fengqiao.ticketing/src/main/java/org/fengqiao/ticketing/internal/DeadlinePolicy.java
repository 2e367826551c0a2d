package org.fengqiao.ticketing.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.board.api.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deadlines of a category: the board's own, unless the city overrides them in configuration with ISO-8601 durations:
 * {@code deadline.<board>.<category>.first-response = PT12H}, {@code deadline.<board>.<category>.resolution = P5D}, or
 * the same without the category for the whole board.
 */
final class DeadlinePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlinePolicy.class);

    private final Map<String, Object> properties;

    DeadlinePolicy(Map<String, Object> properties) {
        this.properties = Map.copyOf(properties);
    }

    Duration firstResponse(String boardId, Category category) {
        return configured(boardId, category.code(), "first-response").orElse(category.firstResponse());
    }

    Duration resolution(String boardId, Category category) {
        return configured(boardId, category.code(), "resolution").orElse(category.resolution());
    }

    private Optional<Duration> configured(String boardId, String category, String kind) {
        return duration("deadline." + boardId + "." + category + "." + kind)
                .or(() -> duration("deadline." + boardId + "." + kind));
    }

    private Optional<Duration> duration(String key) {
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
