package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.fengqiao.ticketing.internal.StatsSpan.Part;
import org.junit.jupiter.api.Test;

class StatsSpanTest {

    private static List<Part> parts(String first, String last) {
        return new StatsSpan(LocalDate.parse(first), LocalDate.parse(last)).parts();
    }

    private static Part part(String grain, String from, String to) {
        return new Part(grain, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aPeriodWithinAMonthIsReadFromDays() {
        assertEquals(List.of(part("D", "2026-03-05", "2026-03-20")), parts("2026-03-05", "2026-03-20"));
        assertEquals(List.of(part("D", "2026-03-01", "2026-03-30")), parts("2026-03-01", "2026-03-30"));
        assertEquals(List.of(part("D", "2026-01-10", "2026-02-05")), parts("2026-01-10", "2026-02-05"));
    }

    @Test
    void wholeMonthsAreReadFromMonthsAndTheRestFromDays() {
        assertEquals(List.of(part("M", "2026-03-01", "2026-03-01")), parts("2026-03-01", "2026-03-31"));
        assertEquals(List.of(part("D", "2025-12-15", "2025-12-31"), part("M", "2026-01-01", "2026-11-01"),
                part("D", "2026-12-01", "2026-12-14")), parts("2025-12-15", "2026-12-14"));
        assertEquals(List.of(part("M", "2024-01-01", "2024-12-01")), parts("2024-01-01", "2024-12-31"));
        assertEquals(List.of(part("D", "2026-02-28", "2026-02-28"), part("M", "2026-03-01", "2026-03-01")),
                parts("2026-02-28", "2026-03-31"));
    }

    @Test
    void aDayIsItsOwnPeriodAndTheLastDayMayNotComeFirst() {
        assertEquals(List.of(part("D", "2026-11-30", "2026-11-30")), parts("2026-11-30", "2026-11-30"));
        assertThrows(IllegalArgumentException.class, () -> parts("2026-11-30", "2026-11-29"));
    }
}
