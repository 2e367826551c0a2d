package org.fengqiao.ticketing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar days of a period, cut into the counter rows that cover them with the fewest rows: the whole months
 * inside it from the month rows, the days before and after them from the day rows.
 *
 * @param first the first day
 * @param last the last day, included
 */
record StatsSpan(LocalDate first, LocalDate last) {

    /** Counter rows of one grain whose period starts from {@code from} to {@code to}, both included. */
    record Part(String grain, LocalDate from, LocalDate to) {
    }

    StatsSpan {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last day " + last + " is before the first " + first);
        }
    }

    List<Part> parts() {
        LocalDate firstMonth = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
        LocalDate afterMonths = last.plusDays(1).withDayOfMonth(1); // the first of the month holding last + 1 day
        List<Part> parts = new ArrayList<>(3);
        if (!afterMonths.isAfter(firstMonth)) {
            parts.add(new Part(StatsCounters.DAY, first, last));
            return parts;
        }
        if (first.isBefore(firstMonth)) {
            parts.add(new Part(StatsCounters.DAY, first, firstMonth.minusDays(1)));
        }
        parts.add(new Part(StatsCounters.MONTH, firstMonth, afterMonths.minusMonths(1)));
        if (!afterMonths.isAfter(last)) {
            parts.add(new Part(StatsCounters.DAY, afterMonths, last));
        }
        return parts;
    }
}
