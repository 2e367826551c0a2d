package org.fengqiao.ticketing.api;

import java.util.Map;

/**
 * A post as submitted.
 *
 * @param fields raw values as parsed from JSON: String, Number, Boolean, List or Map; checked against the board
 * @param dueBy a resolution deadline set by the system the request came from (the 12345 hotline), or {@code null};
 *        when earlier than the category's, it applies from acceptance
 */
public record NewTicket(String boardId, String category, String title, String body, Map<String, Object> fields,
        Long addresseeId, java.time.Instant dueBy) {

    public NewTicket(String boardId, String category, String title, String body, Map<String, Object> fields,
            Long addresseeId) {
        this(boardId, category, title, body, fields, addresseeId, null);
    }

    public NewTicket {
        fields = fields == null ? Map.of() : fields;
    }
}
