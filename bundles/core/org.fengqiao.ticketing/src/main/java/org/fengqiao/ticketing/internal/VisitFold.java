package org.fengqiao.ticketing.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
            rows = db.inCountingTransaction(c -> {
                Map<VisitCounter.Key, Long> counts = new HashMap<>();
                long last = 0;
                int read = 0;
                try (PreparedStatement query = c.prepareStatement("SELECT v.ID, v.BOARD_ID, v.VISITED_AT, t.UNIT_CODE"
                        + " FROM FQ_VISIT v LEFT OUTER JOIN FQ_TICKET t ON t.ID = v.TICKET_ID ORDER BY v.ID"
                        + " FETCH FIRST " + BATCH + " ROWS ONLY"); ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        read++;
                        last = r.getLong(1);
                        Instant at = r.getTimestamp(3).toInstant();
                        String unit = r.getString(4);
                        counts.merge(new VisitCounter.Key(at.atZone(zone).toLocalDate(), r.getString(2),
                                unit == null ? "" : unit), 1L, Long::sum);
                    }
                }
                VisitCounter.counters(counts).write(c);
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM FQ_VISIT WHERE ID <= ?")) {
                    delete.setLong(1, last);
                    delete.executeUpdate();
                }
                return read;
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
