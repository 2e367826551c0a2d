package org.fengqiao.cogovernance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fengqiao.cogovernance.internal.ActionItemEntity.ActionItem;
import org.junit.jupiter.api.Test;

class TeamFiguresTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-20T08:00:00Z");

    private static Handoff handoff(Handoff.State state, Duration toAccept, Duration toDone, Duration window,
            int escalationLevel) {
        Instant accepted = toAccept == null ? null : T0.plus(toAccept);
        return new Handoff(1, 1, 1, null, 1, "captain", new Handoff.Target("property", null), "c", "r", state,
                T0.plus(window), T0, accepted, accepted, accepted == null ? null : 2L, null,
                toDone == null ? null : T0.plus(toDone), null, escalationLevel, null, 1);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertNull(TeamFigures.median(List.of()));
        assertEquals(Duration.ofHours(2), TeamFigures.median(List.of(Duration.ofHours(5), Duration.ofHours(1),
                Duration.ofHours(2))));
        assertEquals(Duration.ofMinutes(90), TeamFigures.median(List.of(Duration.ofHours(1), Duration.ofHours(2))));
    }

    @Test
    void handOffFiguresCountStatesTimesAndLateness() {
        List<Handoff> list = List.of(
                handoff(Handoff.State.DONE, Duration.ofHours(1), Duration.ofDays(2), Duration.ofDays(2), 0),
                handoff(Handoff.State.ACCEPTED, Duration.ofHours(3), null, Duration.ofDays(2), 0),
                handoff(Handoff.State.ACCEPTED, Duration.ofDays(3), null, Duration.ofDays(2), 0),
                handoff(Handoff.State.PENDING, null, null, Duration.ofDays(2), 1),
                handoff(Handoff.State.PENDING, null, null, Duration.ofDays(60), 0));
        TeamFigures.HandoffFigures f = TeamFigures.handoffs(list, NOW);
        assertEquals(5, f.made());
        assertEquals(3, f.accepted());
        assertEquals(1, f.done());
        assertEquals(2, f.overdue(), "accepted late, and escalated");
        assertEquals(Duration.ofHours(3), f.medianToAccept());
        assertEquals(Duration.ofDays(2), f.medianToSolve());
    }

    @Test
    void aPendingHandOffPastItsDeadlineIsOverdueEvenBeforeTheSweep() {
        assertTrue(TeamFigures.wasOverdue(handoff(Handoff.State.PENDING, null, null, Duration.ofDays(2), 0), NOW));
        assertFalse(TeamFigures.wasOverdue(handoff(Handoff.State.ACCEPTED, Duration.ofHours(1), null,
                Duration.ofDays(2), 0), NOW));
        assertFalse(TeamFigures.wasOverdue(handoff(Handoff.State.DONE, null, Duration.ofDays(1), Duration.ofDays(2), 0),
                NOW), "settled with its ticket before anyone answered");
    }

    @Test
    void actionFiguresCountWhatWasDoneWithinItsDeadline() {
        Instant due = T0.plus(Duration.ofDays(7));
        List<ActionItem> list = List.of(
                new ActionItem(1, 1, 1, null, 10L, "a", 5, due, true, T0, T0.plus(Duration.ofDays(3)), "ok", 1),
                new ActionItem(2, 1, 1, null, 11L, "b", 5, due, true, T0, T0.plus(Duration.ofDays(9)), "late", 1),
                new ActionItem(3, 1, 1, null, 12L, "c", 5, due, true, T0, null, null, 0),
                new ActionItem(4, 1, 1, null, 13L, "d", 5, NOW.plusSeconds(60), true, T0, null, null, 0));
        TeamFigures.ActionFigures f = TeamFigures.actions(list, NOW);
        assertEquals(4, f.made());
        assertEquals(2, f.done());
        assertEquals(1, f.doneWithinDeadline());
        assertEquals(2, f.open());
        assertEquals(1, f.overdue());
    }
}
