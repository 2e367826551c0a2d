package org.fengqiao.board.help.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Map;

import org.fengqiao.board.api.Submission;
import org.junit.jupiter.api.Test;

class HelpBoardTest {

    private final HelpBoard board = new HelpBoard();

    @Test
    void aMissingPersonWasLastSeenInThePast() {
        var problems = board.validate(submission("missing_person",
                Map.of("last_seen_at", LocalDateTime.now().plusDays(1).withNano(0).toString())));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("fields.last_seen_at", problems.get(0).field());
        assertEquals("in_future", problems.get(0).code());
        assertTrue(board.validate(submission("missing_person",
                Map.of("last_seen_at", LocalDateTime.now().minusHours(3).withNano(0).toString()))).isEmpty());
    }

    @Test
    void lostPropertyWasLostInThePast() {
        assertEquals("in_future", board.validate(submission("lost_property",
                Map.of("lost_at", LocalDateTime.now().plusDays(3).withNano(0).toString()))).get(0).code());
    }

    private static Submission submission(String category, Map<String, Object> fields) {
        return new Submission("help", category, "t", "b", fields, 1);
    }
}
