package org.fengqiao.ticketing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.fengqiao.ticketing.internal.StatsCounters.Counter;
import org.fengqiao.ticketing.internal.StatsCounters.Figure;

/**
 * What one ticket adds to the stored figures: its board and unit, the day it was posted (the period its counts and
 * times belong to) and the day it was resolved. The version last counted is kept in {@code FQ_STATS_TICKET}, so that a
 * change (a reply, a rating, an escalation to another unit, a reopening) is counted as the difference.
 *
 * @param unit the handling unit, "" for none
 */
record TicketFigures(String board, String unit, LocalDate createdDay, boolean emergency, Integer rating,
        Long responseSeconds, boolean responseDue, boolean responseMet, Long resolutionSeconds, boolean resolutionDue,
        boolean resolutionMet, LocalDate resolvedDay) {

    /** A ticket's figures from its stored columns. */
    static TicketFigures of(String board, String unit, Instant createdAt, boolean emergency, Integer rating,
            Long responseSeconds, Instant firstResponseAt, Instant firstResponseDue, Long resolutionSeconds,
            Instant resolvedAt, Instant resolutionDue, ZoneId zone) {
        return new TicketFigures(board, unit == null ? "" : unit, createdAt.atZone(zone).toLocalDate(), emergency,
                rating, responseSeconds, responseSeconds != null && firstResponseDue != null,
                met(responseSeconds, firstResponseAt, firstResponseDue), resolutionSeconds,
                resolutionSeconds != null && resolutionDue != null, met(resolutionSeconds, resolvedAt, resolutionDue),
                resolvedAt == null ? null : resolvedAt.atZone(zone).toLocalDate());
    }

    private static boolean met(Long seconds, Instant at, Instant due) {
        return seconds != null && at != null && due != null && !at.isAfter(due);
    }

    /** Adds this ticket's counts ({@code sign} 1) or takes them away ({@code sign} -1). */
    void addTo(StatsCounters counters, int sign) {
        counters.add(createdDay, board, unit, Counter.TICKETS, sign);
        if (emergency) {
            counters.add(createdDay, board, unit, Counter.EMERGENCIES, sign);
        }
        if (rating != null) {
            counters.add(createdDay, board, unit, Counter.RATINGS, sign);
            counters.add(createdDay, board, unit, Counter.RATING_SUM, (long) sign * rating);
        }
        time(counters, sign, Figure.RESPONSE, responseSeconds, responseDue, responseMet);
        time(counters, sign, Figure.RESOLUTION, resolutionSeconds, resolutionDue, resolutionMet);
        if (emergency) {
            time(counters, sign, Figure.EMERGENCY_RESPONSE, responseSeconds, responseDue, responseMet);
        }
        if (resolvedDay != null) {
            counters.add(resolvedDay, board, unit, Counter.RESOLVED, sign);
        }
    }

    private void time(StatsCounters counters, int sign, Figure figure, Long seconds, boolean due, boolean met) {
        if (seconds == null) {
            return;
        }
        String prefix = figure.name() + "_";
        counters.add(createdDay, board, unit, Counter.valueOf(prefix + "MEASURED"), sign);
        if (due) {
            counters.add(createdDay, board, unit, Counter.valueOf(prefix + "WITH_DUE"), sign);
        }
        if (met) {
            counters.add(createdDay, board, unit, Counter.valueOf(prefix + "MET"), sign);
        }
        counters.addTime(createdDay, board, figure, seconds, sign);
    }
}
