package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds the visits stored one row each (before the daily counters) into the counters, once per database: changeset
 * {@code ticketing-13} queues the task. Each batch adds its rows to the counters and deletes them in one
 * transaction, so a stop midway leaves nothing counted twice and the next start goes on.
 */
final class VisitFold {

    static final String TASK = "fold-visits";
    private static final Logger LOG = LoggerFactory.getLogger(VisitFold.class);
    private static final int BATCH = 1_000;

    private VisitFold() {
    }

    static void runIfQueued(TicketingDatabase db, ZoneId zone) {
        boolean queued = db.inTransaction(em -> !em.createNativeQuery("SELECT NAME FROM FQ_MAINTENANCE_TASK"
                + " WHERE NAME = ? AND DONE_AT IS NULL").setParameter(1, TASK).getResultList().isEmpty());
        if (!queued) {
            return;
        }
        long folded = 0;
        for (int rows = BATCH; rows == BATCH;) {
            rows = db.inTransaction(em -> {
                @SuppressWarnings("unchecked")
                List<Object[]> batch = em.createNativeQuery("SELECT v.ID, v.BOARD_ID, v.VISITED_AT, t.UNIT_CODE"
                        + " FROM FQ_VISIT v LEFT OUTER JOIN FQ_TICKET t ON t.ID = v.TICKET_ID ORDER BY v.ID"
                        + " FETCH FIRST " + BATCH + " ROWS ONLY").getResultList();
                Map<VisitCounter.Key, Long> counts = new HashMap<>();
                long last = 0;
                for (Object[] row : batch) {
                    last = ((Number) row[0]).longValue();
                    Instant at = ((Timestamp) row[2]).toInstant();
                    counts.merge(new VisitCounter.Key(at.atZone(zone).toLocalDate(), (String) row[1],
                            row[3] == null ? "" : (String) row[3]), 1L, Long::sum);
                }
                counts.forEach((key, visits) -> VisitCounter.add(em, key, visits));
                em.createNativeQuery("DELETE FROM FQ_VISIT WHERE ID <= ?").setParameter(1, last).executeUpdate();
                return batch.size();
            });
            folded += rows;
        }
        long total = folded;
        db.inTransaction(em -> em.createNativeQuery("UPDATE FQ_MAINTENANCE_TASK SET DONE_AT = ?, NOTE = ? WHERE NAME = ?")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, total + " visits folded")
                .setParameter(3, TASK).executeUpdate());
        LOG.info("Stored visits folded into the daily counters: {}", total);
    }
}
