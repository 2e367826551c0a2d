package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.fengqiao.platform.api.TextRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans text stored before the input rules existed (a NUL in a title once broke every Open311 XML list holding it):
 * the characters {@link TextRules} refuses are removed from tickets, timeline entries and instructions, in batches
 * keyed on the id, in the background, once per database (changeset {@code ticketing-12} queues the task, this marks
 * it done). Plain SQL, so versions and timelines stay as they were. A stop midway leaves the task queued: the next
 * start runs it again, and cleaning clean text changes nothing.
 */
@Component(immediate = true)
public class StoredTextRepair {

    static final String TASK = "strip-invalid-characters";
    private static final Logger LOG = LoggerFactory.getLogger(StoredTextRepair.class);
    private static final int BATCH = 500;

    /** A table, its key and the text columns to clean. */
    record Target(String table, List<String> columns) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("FQ_TICKET", List.of("TITLE", "BODY", "REJECT_REASON", "HIDDEN_REASON", "STATEMENT_BODY")),
            new Target("FQ_TIMELINE_ENTRY", List.of("BODY")),
            new Target("FQ_INSTRUCTION", List.of("BODY")));

    private final TicketingDatabase db;
    private final Thread thread;
    private volatile boolean running = true;

    @Activate
    public StoredTextRepair(@Reference TicketingDatabase db) {
        this.db = db;
        this.thread = new Thread(this::runIfQueued, "fengqiao-text-repair");
        thread.setDaemon(true);
        thread.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }

    private void runIfQueued() {
        try {
            if (!queued()) {
                return;
            }
            long cleaned = 0;
            for (Target target : TARGETS) {
                cleaned += clean(target);
            }
            if (running) {
                long rows = cleaned;
                db.inTransaction(em -> em.createNativeQuery("UPDATE FQ_MAINTENANCE_TASK SET DONE_AT = ?, NOTE = ?"
                        + " WHERE NAME = ?").setParameter(1, Timestamp.from(Instant.now()))
                        .setParameter(2, rows + " rows cleaned").setParameter(3, TASK).executeUpdate());
                LOG.info("Stored text repaired: {} rows held characters the input rules refuse", rows);
            }
        } catch (RuntimeException e) {
            LOG.warn("Stored text repair stopped; it runs again at the next start: {}", e.toString());
        }
    }

    private boolean queued() {
        return db.inTransaction(em -> !em.createNativeQuery("SELECT NAME FROM FQ_MAINTENANCE_TASK WHERE NAME = ?"
                + " AND DONE_AT IS NULL").setParameter(1, TASK).getResultList().isEmpty());
    }

    /** Rows of {@code target} changed. */
    long clean(Target target) {
        String select = "SELECT ID, " + String.join(", ", target.columns()) + " FROM " + target.table()
                + " WHERE ID > ? ORDER BY ID FETCH FIRST " + BATCH + " ROWS ONLY";
        long after = 0;
        long changed = 0;
        while (running) {
            long from = after;
            Batch batch = db.inTransaction(em -> cleanBatch(em, target, select, from));
            changed += batch.changed();
            if (batch.lastId() == null) {
                return changed;
            }
            after = batch.lastId();
        }
        return changed;
    }

    private record Batch(Long lastId, int changed) {
    }

    private static Batch cleanBatch(EntityManager em, Target target, String select, long after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(select).setParameter(1, after).getResultList();
        int changed = 0;
        for (Object[] row : rows) {
            for (int i = 0; i < target.columns().size(); i++) {
                String stored = (String) row[i + 1];
                String clean = TextRules.strip(stored);
                if (!Objects.equals(stored, clean)) {
                    em.createNativeQuery("UPDATE " + target.table() + " SET " + target.columns().get(i) + " = ?"
                            + " WHERE ID = ?").setParameter(1, clean).setParameter(2, row[0]).executeUpdate();
                    changed++;
                }
            }
        }
        return new Batch(rows.isEmpty() ? null : ((Number) rows.get(rows.size() - 1)[0]).longValue(), changed);
    }
}
