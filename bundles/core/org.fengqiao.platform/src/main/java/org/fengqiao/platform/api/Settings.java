package org.fengqiao.platform.api;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads values from a component's configuration: a blank value counts as absent, a wrong one is logged. */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private Settings() {
    }

    public static Optional<String> text(Map<String, ?> properties, String key) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().strip());
    }

    /** An ISO-8601 duration such as {@code PT10S}; the fallback when absent or not a duration (logged). */
    public static Duration duration(Map<String, ?> properties, String key, Duration fallback) {
        return duration(key, text(properties, key).orElse(null), fallback);
    }

    /** The value of setting {@code key} as an ISO-8601 duration; the fallback when blank or wrong (logged). */
    public static Duration duration(String key, String value, Duration fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            LOG.error("{} = {} is not an ISO-8601 duration; {} applies", key, value, fallback);
            return fallback;
        }
    }

    /** When to try a failed delivery again: after 1, 2, 4 … minutes, at most an hour, by attempts made so far. */
    public static Duration retryWait(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(6, Math.max(0, attempts - 1))));
    }
}
