package org.fengqiao.board.api;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * A post as the board's hooks see it, after the core checked it against the board's fields.
 *
 * @param fields field values by code: String (string, text, single-value and ISO date-time fields),
 *        java.math.BigDecimal (numbers), or a List of String (multi-value fields)
 */
public record Submission(String boardId, String category, String title, String body, Map<String, Object> fields,
        long authorId) {

    public Submission {
        fields = Map.copyOf(fields);
    }

    /** A text value, if the field is filled in. */
    public Optional<String> text(String code) {
        return fields.get(code) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A date-time value as local time (an offset, if given, is dropped), if the field is filled in. */
    public Optional<LocalDateTime> dateTime(String code) {
        return text(code).map(s -> {
            try {
                return OffsetDateTime.parse(s).toLocalDateTime();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(s);
            }
        });
    }
}
