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

    /**
     * Problems for date-time fields that lie in the future (more than an hour ahead, for clock skew): times of things
     * that already happened.
     */
    public java.util.List<org.fengqiao.platform.api.Problem> notInFuture(String... codes) {
        LocalDateTime limit = LocalDateTime.now().plusHours(1);
        return java.util.Arrays.stream(codes).filter(code -> dateTime(code).filter(limit::isBefore).isPresent())
                .map(code -> new org.fengqiao.platform.api.Problem("fields." + code, "in_future",
                        "this time cannot be in the future"))
                .toList();
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
