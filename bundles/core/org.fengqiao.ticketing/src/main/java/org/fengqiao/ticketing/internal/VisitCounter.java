package org.fengqiao.ticketing.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.persistence.EntityManager;

/**
 * Visits counted in memory and added to the daily counters ({@code FQ_VISIT_DAY}) in one transaction per flush: a
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
            db.inTransaction(em -> {
                taken.forEach((key, visits) -> add(em, key, visits));
                return null;
            });
        } catch (RuntimeException e) {
            // another node may have made a row first: the next flush adds to it
            taken.forEach((key, visits) -> pending.computeIfAbsent(key, k -> new LongAdder()).add(visits));
            throw e;
        }
    }

    /** Adds to one counter row, creating it on the day's first visit. */
    static void add(EntityManager em, Key key, long visits) {
        int updated = em.createNativeQuery("UPDATE FQ_VISIT_DAY SET VISITS = VISITS + ? WHERE DAY_START = ?"
                + " AND BOARD_ID = ? AND UNIT_CODE = ?").setParameter(1, visits).setParameter(2, Date.valueOf(key.day()))
                .setParameter(3, key.boardId()).setParameter(4, key.unitCode()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO FQ_VISIT_DAY (DAY_START, BOARD_ID, UNIT_CODE, VISITS) VALUES (?, ?, ?, ?)")
                    .setParameter(1, Date.valueOf(key.day())).setParameter(2, key.boardId())
                    .setParameter(3, key.unitCode()).setParameter(4, visits).executeUpdate();
        }
    }
}
