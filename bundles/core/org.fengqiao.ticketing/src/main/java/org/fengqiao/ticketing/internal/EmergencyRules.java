package org.fengqiao.ticketing.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fengqiao.board.api.Board;

/**
 * What is an emergency (P11): a category the board marks so, or a post whose title or body holds one of the city's
 * {@code emergency.keywords} (comma-separated); and who is alerted: the unit {@code emergency.unit}.
 */
final class EmergencyRules {

    private final List<String> keywords;
    private final String unit;

    EmergencyRules(TicketingConfig config) {
        String words = config.emergency_keywords();
        keywords = words == null ? List.of() : Arrays.stream(words.split("[,，]")).map(String::strip)
                .filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        String u = config.emergency_unit();
        unit = u == null || u.isBlank() ? null : u.strip();
    }

    boolean isEmergency(Board board, String category, String title, String body) {
        if (board.emergencyCategories().contains(category)) {
            return true;
        }
        String text = (title + " " + body).toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(text::contains);
    }

    /** The command centre to alert. */
    Optional<String> unit() {
        return Optional.ofNullable(unit);
    }
}
