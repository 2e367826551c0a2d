package org.fengqiao.board.traffic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Map;

import org.fengqiao.board.api.Submission;
import org.junit.jupiter.api.Test;

class TrafficBoardTest {

    private final TrafficBoard board = new TrafficBoard();

    @Test
    void acceptsMainlandPlatesIncludingNewEnergy() {
        assertTrue(TrafficBoard.PLATE.matcher("蒙B12345").matches());
        assertTrue(TrafficBoard.PLATE.matcher("蒙BD12345").matches());
        assertTrue(board.validate(submission(Map.of("plate_number", "蒙b2k378"))).isEmpty());
    }

    @Test
    void refusesBadPlatesAndFutureTimes() {
        var problems = board.validate(submission(Map.of("plate_number", "ABC123",
                "violation_time", LocalDateTime.now().plusDays(2).toString())));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("invalid_plate", problems.get(0).code());
        assertEquals("in_future", problems.get(1).code());
    }

    private static Submission submission(Map<String, Object> fields) {
        return new Submission("traffic", "violation", "t", "b", fields, 1);
    }
}
