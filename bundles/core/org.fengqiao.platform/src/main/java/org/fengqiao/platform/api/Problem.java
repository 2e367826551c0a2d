package org.fengqiao.platform.api;

import java.util.Map;

/**
 * One thing wrong with an input.
 *
 * @param field the input field it concerns, or {@code null} for the whole input
 * @param code a stable machine-readable code, e.g. {@code required}
 * @param message a human-readable explanation (English)
 * @param messages the explanation in the platform's languages by tag ({@code zh}, {@code en}) where known, from
 *            message bundles ({@link Messages}); empty when only {@code message} is known (since 2.4)
 */
public record Problem(String field, String code, String message, Map<String, String> messages) {

    public Problem {
        messages = messages == null ? Map.of() : Map.copyOf(messages);
    }

    public Problem(String field, String code, String message) {
        this(field, code, message, Map.of());
    }

    /** The explanation in {@code language} ({@code zh}, {@code en}) if known, else {@link #message()}. */
    public String message(String language) {
        return language == null ? message : messages.getOrDefault(language, message);
    }

    /** This problem with its explanation in each language. */
    public Problem withMessages(Map<String, String> byLanguage) {
        return new Problem(field, code, message, byLanguage);
    }
}
