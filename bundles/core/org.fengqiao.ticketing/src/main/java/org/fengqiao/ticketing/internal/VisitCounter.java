package org.fengqiao.ticketing.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;


/**
 * Visits counted in memory and added to the stored figures ({@link StatsCounters}) in one transaction per flush: a
 * page view costs no database write, and 63 million views a year are a few rows a day. A visit is not a promise to
 * anyone; a crash loses at most the views since the last flush.
 */
final class VisitCounter {

    /** A counter row: the day in the figures' zone, the board, and the unit of a viewed ticket ("" for a list). */
    record Key(LocalDate day, String boardId, String unitCode) {
    }

    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

    void count(LocalDate day, String boardId, String unitCode) {
        pending.computeIfAbsent(new Key(day, boardId, unitCode == null ? "" : unitCode), k -> new LongAdder())
                .increment();
    }

    /** Adds what was counted to the stored counters; what could not be written stays pending for the next flush. */
    void flush(TicketingDatabase db) {
        Map<Key, Long> taken = new java.util.HashMap<>();
        for (Key key : pending.keySet()) {
            LongAdder adder = pending.remove(key);
            if (adder != null && adder.sum() > 0) {
                taken.merge(key, adder.sum(), Long::sum);
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            db.inCountingTransaction(c -> {
                counters(taken).write(c);
                return null;
            });
        } catch (RuntimeException e) {
            // another writer may have made a row first: the next flush adds to it
            taken.forEach((key, visits) -> pending.computeIfAbsent(key, k -> new LongAdder()).add(visits));
            throw e;
        }
    }

    /** The counter changes of some visits: a list's views count for the board, a ticket's also for its unit. */
    static StatsCounters counters(Map<Key, Long> visits) {
        StatsCounters counters = new StatsCounters();
        visits.forEach((key, count) -> counters.add(key.day(), key.boardId(),
                key.unitCode().isEmpty() ? null : key.unitCode(), StatsCounters.Counter.VISITS, count));
        return counters;
    }
}
