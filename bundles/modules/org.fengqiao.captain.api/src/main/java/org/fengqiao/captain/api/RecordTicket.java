package org.fengqiao.captain.api;

import java.util.Map;

/** A ticket a field record becomes: posted by the captain through the ticketing API, handled like any post. */
public record RecordTicket(String boardId, String category, String title, String body, Map<String, Object> fields) {

    public RecordTicket {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
