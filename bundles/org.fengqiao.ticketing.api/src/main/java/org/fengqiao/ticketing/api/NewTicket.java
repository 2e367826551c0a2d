package org.fengqiao.ticketing.api;

import java.util.Map;

/**
 * A post as submitted.
 *
 * @param fields raw values as parsed from JSON: String, Number, Boolean, List or Map; checked against the board
 */
public record NewTicket(String boardId, String category, String title, String body, Map<String, Object> fields,
        Long addresseeId) {

    public NewTicket {
        fields = fields == null ? Map.of() : fields;
    }
}
