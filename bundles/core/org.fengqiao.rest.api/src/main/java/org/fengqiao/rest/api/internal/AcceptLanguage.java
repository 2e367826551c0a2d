package org.fengqiao.rest.api.internal;

import java.util.Locale;
import java.util.Optional;

import org.fengqiao.platform.api.Messages;

/** The platform language a request's {@code Accept-Language} prefers most: {@code zh} or {@code en}, if any. */
final class AcceptLanguage {

    private AcceptLanguage() {
    }

    static Optional<String> preferred(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String best = null;
        double bestWeight = 0;
        for (String range : header.split(",")) {
            String[] parts = range.strip().split(";");
            String tag = parts[0].strip().toLowerCase(Locale.ROOT);
            String language = tag.split("-")[0];
            double weight = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            if (Messages.LANGUAGES.contains(language) && weight > bestWeight) {
                best = language;
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }
}
