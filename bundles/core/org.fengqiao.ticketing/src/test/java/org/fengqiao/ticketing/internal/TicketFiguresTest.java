package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.fengqiao.ticketing.internal.StatsCounters.Cell;
import org.fengqiao.ticketing.internal.StatsCounters.Counter;
import org.junit.jupiter.api.Test;

class TicketFiguresTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static TicketFigures answered(String unit, Integer rating) {
        Instant created = Instant.parse("2026-03-31T17:00:00Z"); // 1 April in Beijing
        return TicketFigures.of("household", unit, created, true, rating, 3600L, created.plusSeconds(3600),
                created.plusSeconds(7200), null, null, created.plusSeconds(86_400), BEIJING);
    }

    private static long count(StatsCounters counters, String grain, String day, String board, String unit,
            Counter counter) {
        long[] row = counters.counts().get(new Cell(grain, LocalDate.parse(day), board, unit));
        return row == null ? 0 : row[counter.ordinal()];
    }

    @Test
    void aTicketCountsOnItsBeijingDayAndMonthForBoardUnitAndAll() {
        StatsCounters counters = new StatsCounters();
        answered("shaoxian-precinct", 5).addTo(counters, 1);
        for (String grainDay : new String[] {"D:2026-04-01", "M:2026-04-01"}) {
            String[] g = grainDay.split(":");
            for (String board : new String[] {"household", "*"}) {
                for (String unit : new String[] {"shaoxian-precinct", "*"}) {
                    assertEquals(1, count(counters, g[0], g[1], board, unit, Counter.TICKETS));
                    assertEquals(1, count(counters, g[0], g[1], board, unit, Counter.EMERGENCY_RESPONSE_MET));
                    assertEquals(5, count(counters, g[0], g[1], board, unit, Counter.RATING_SUM));
                }
            }
        }
        assertEquals(8, counters.counts().size());
        assertEquals(0, count(counters, "D", "2026-03-31", "*", "*", Counter.TICKETS));
        // response time in the buckets of day and month, for the board and all boards, as response and emergency
        assertEquals(8, counters.times().size());
    }

    @Test
    void aChangeCountsAsItsDifference() {
        StatsCounters counters = new StatsCounters();
        TicketFigures before = answered("shaoxian-precinct", null);
        TicketFigures after = answered("baotou-psb", 2);
        before.addTo(counters, -1);
        after.addTo(counters, 1);
        assertEquals(-1, count(counters, "D", "2026-04-01", "*", "shaoxian-precinct", Counter.TICKETS));
        assertEquals(1, count(counters, "D", "2026-04-01", "*", "baotou-psb", Counter.TICKETS));
        assertEquals(0, count(counters, "M", "2026-04-01", "household", "*", Counter.TICKETS));
        assertEquals(2, count(counters, "M", "2026-04-01", "household", "*", Counter.RATING_SUM));
        assertTrue(counters.times().values().stream().allMatch(v -> v == 0));
    }

    @Test
    void deadlinesMetOnlyWhenMeasuredAndDue() {
        Instant created = Instant.parse("2026-05-01T00:00:00Z");
        TicketFigures late = TicketFigures.of("traffic", null, created, false, null, 7200L, created.plusSeconds(7200),
                created.plusSeconds(3600), null, null, null, BEIJING);
        assertTrue(late.responseDue());
        assertFalse(late.responseMet());
        assertEquals("", late.unit());
        TicketFigures open = TicketFigures.of("traffic", "x", created, false, null, null, null,
                created.plusSeconds(3600), null, null, null, BEIJING);
        assertFalse(open.responseDue());
        StatsCounters counters = new StatsCounters();
        open.addTo(counters, 1);
        Map<Cell, long[]> counts = counters.counts();
        assertEquals(0, counts.values().stream().mapToLong(v -> v[Counter.RESPONSE_MEASURED.ordinal()]).sum());
        assertTrue(counters.times().isEmpty());
    }

    @Test
    void aListViewCountsForTheBoardAndNoUnit() {
        StatsCounters counters = new StatsCounters();
        counters.add(LocalDate.parse("2026-04-02"), "household", null, Counter.VISITS, 3);
        assertEquals(4, counters.counts().size());
        assertEquals(3, count(counters, "M", "2026-04-01", "household", "*", Counter.VISITS));
    }
}
