package org.fengqiao.ticketing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stored figures ({@code FQ_STATS_COUNT}, {@code FQ_STATS_TIME}) up to date with every ticket change, off
 * the request threads: it reads the outbox after its own cursor and recounts the tickets the events name, moving the
 * cursor in the same transaction as the counters, so that every change is counted exactly once. A database made
 * before the counters is counted once from its tickets (task {@value #TASK}, queued by changeset
 * {@code ticketing-14}); the figures of a change appear within a second.
 */
@Component(service = StatsCounting.class, immediate = true, configurationPid = TicketServiceImpl.PID)
public class StatsCounting {

    static final String TASK = "count-stats";
    static final String CURSOR = "fengqiao.stats-counters";
    private static final Logger LOG = LoggerFactory.getLogger(StatsCounting.class);
    private static final int EVENTS = 500;
    private static final int TICKETS = 250;
    private static final long IDLE_MS = 250;
    private static final long RETRY_MS = 2_000;

    private final TicketingDatabase db;
    private final ZoneId zone;
    private final Semaphore nudge = new Semaphore(0);
    private final Runnable wakeUp = nudge::release;
    private final TicketEvents events;
    private final Thread thread;
    private volatile boolean running = true;

    @Activate
    public StatsCounting(@Reference TicketingDatabase db, @Reference TicketEvents events, TicketingConfig config) {
        this.db = db;
        this.zone = zone(config);
        this.events = events;
        events.onRecord(wakeUp);
        this.thread = new Thread(this::run, "fengqiao-stats-counters");
        thread.setDaemon(true);
        thread.start();
    }

    /** The zone of the figures' calendar days: {@code stats.zone}, Asia/Shanghai if unset or not a zone. */
    static ZoneId zone(TicketingConfig config) {
        String value = config.stats_zone();
        try {
            return ZoneId.of(value == null || value.isBlank() ? "Asia/Shanghai" : value.strip());
        } catch (java.time.DateTimeException e) {
            LOG.error("stats.zone = {} is not a time zone; Asia/Shanghai applies", value);
            return ZoneId.of("Asia/Shanghai");
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        events.offRecord(wakeUp);
        thread.interrupt();
        thread.join(5_000);
    }

    private void run() {
        while (running) {
            try {
                if (taskQueued()) {
                    countStoredTickets();
                }
                while (running && countEvents() > 0) {
                    // go on while there is a backlog
                }
                nudge.tryAcquire(IDLE_MS, TimeUnit.MILLISECONDS);
                nudge.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Counting figures failed, tried again in {} ms: {}", RETRY_MS, e.toString());
                try {
                    Thread.sleep(RETRY_MS);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Counts the tickets named by the next events after the cursor; how many events there were. */
    int countEvents() {
        if (!eventsWaiting()) {
            return 0; // read only: an idle node writes nothing
        }
        return db.inCountingTransaction(c -> {
            long cursor = cursor(c);
            Set<Long> tickets = new LinkedHashSet<>();
            long last = cursor;
            try (PreparedStatement query = c.prepareStatement("SELECT ID, TICKET_ID FROM FQ_TICKET_EVENT WHERE ID > ?"
                    + " ORDER BY ID FETCH FIRST " + EVENTS + " ROWS ONLY")) {
                query.setLong(1, cursor);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        last = r.getLong(1);
                        tickets.add(r.getLong(2));
                    }
                }
            }
            if (last == cursor) {
                return 0;
            }
            List<Long> ids = new ArrayList<>(tickets);
            for (int i = 0; i < ids.size(); i += TICKETS) {
                StatsRecount.recount(c, ids.subList(i, Math.min(ids.size(), i + TICKETS)), zone);
            }
            putCursor(c, CURSOR, last);
            return (int) (last - cursor);
        });
    }

    /** Whether there are events after the cursor, or no cursor yet. */
    private boolean eventsWaiting() {
        return db.inJdbcTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT LAST_EVENT_ID, (SELECT MAX(ID) FROM"
                    + " FQ_TICKET_EVENT) FROM FQ_EVENT_CURSOR WHERE LISTENER = ?")) {
                query.setString(1, CURSOR);
                try (ResultSet r = query.executeQuery()) {
                    return !r.next() || r.getLong(2) > r.getLong(1);
                }
            }
        });
    }

    /**
     * The last event counted, the newest event when there is no cursor yet (the stored tickets are counted then); the
     * cursor row stays locked until the transaction ends, so that two nodes never count the same events.
     */
    private static long cursor(Connection c) throws SQLException {
        return claim(c, CURSOR, () -> {
            try (PreparedStatement query = c.prepareStatement("SELECT MAX(ID) FROM FQ_TICKET_EVENT");
                    ResultSet r = query.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** A start value of a cursor row made for the first time. */
    @FunctionalInterface
    private interface Initial {
        long value() throws SQLException;
    }

    /**
     * Locks a cursor row for the rest of the transaction (another node waits here, then reads what this one wrote)
     * and reads it, making it with {@code initial} if it is not there yet.
     */
    private static long claim(Connection c, String name, Initial initial) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("UPDATE FQ_EVENT_CURSOR SET UPDATED_AT = ? WHERE LISTENER = ?")) {
            lock.setTimestamp(1, Timestamp.from(Instant.now()));
            lock.setString(2, name);
            if (lock.executeUpdate() == 0) {
                long value = initial.value();
                putCursor(c, name, value);
                return value;
            }
        }
        try (PreparedStatement query = c.prepareStatement("SELECT LAST_EVENT_ID FROM FQ_EVENT_CURSOR WHERE LISTENER = ?")) {
            query.setString(1, name);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Sets a cursor row of {@code FQ_EVENT_CURSOR}, making it if it is not there. */
    private static void putCursor(Connection c, String name, long value) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE FQ_EVENT_CURSOR SET LAST_EVENT_ID = ?,"
                + " UPDATED_AT = ? WHERE LISTENER = ?")) {
            update.setLong(1, value);
            update.setTimestamp(2, Timestamp.from(Instant.now()));
            update.setString(3, name);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO FQ_EVENT_CURSOR (LISTENER, LAST_EVENT_ID,"
                + " UPDATED_AT) VALUES (?, ?, ?)")) {
            insert.setString(1, name);
            insert.setLong(2, value);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private boolean taskQueued() {
        return db.inJdbcTransaction(StatsCounting::taskQueued);
    }

    private static boolean taskQueued(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT NAME FROM FQ_MAINTENANCE_TASK WHERE NAME = ?"
                + " AND DONE_AT IS NULL")) {
            query.setString(1, TASK);
            try (ResultSet r = query.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * Counts every stored ticket and folds the daily visit counters of {@code FQ_VISIT_DAY} in, a batch per
     * transaction. The event cursor is placed first, so a change made meanwhile is recounted afterwards (which counts
     * only its difference); a stop midway goes on from the last batch at the next start.
     */
    private void countStoredTickets() {
        long started = System.nanoTime();
        db.inJdbcTransaction(StatsCounting::cursor);
        long tickets = 0;
        while (running) {
            int counted = db.inCountingTransaction(c -> {
                long after = claim(c, PROGRESS, () -> 0L);
                if (!taskQueued(c)) {
                    return 0; // another node finished it meanwhile
                }
                List<Long> batch = new ArrayList<>();
                try (PreparedStatement query = c.prepareStatement("SELECT ID FROM FQ_TICKET WHERE ID > ? ORDER BY ID"
                        + " FETCH FIRST " + TICKETS + " ROWS ONLY")) {
                    query.setLong(1, after);
                    try (ResultSet r = query.executeQuery()) {
                        while (r.next()) {
                            batch.add(r.getLong(1));
                        }
                    }
                }
                StatsRecount.recount(c, batch, zone);
                if (!batch.isEmpty()) {
                    putCursor(c, PROGRESS, batch.get(batch.size() - 1));
                }
                return batch.size();
            });
            if (counted == 0) {
                break;
            }
            tickets += counted;
        }
        long days = 0;
        while (running && foldVisitDay()) {
            days++;
        }
        if (!running) {
            return;
        }
        long counted = tickets;
        long folded = days;
        db.inJdbcTransaction(c -> {
            try (PreparedStatement done = c.prepareStatement("UPDATE FQ_MAINTENANCE_TASK SET DONE_AT = ?, NOTE = ?"
                    + " WHERE NAME = ?")) {
                done.setTimestamp(1, Timestamp.from(Instant.now()));
                done.setString(2, counted + " tickets counted, visits of " + folded + " days folded");
                done.setString(3, TASK);
                done.executeUpdate();
            }
            // the progress row holds a ticket id, not an event id: it must not hold the outbox's clean-up back
            try (PreparedStatement forget = c.prepareStatement("DELETE FROM FQ_EVENT_CURSOR WHERE LISTENER = ?")) {
                forget.setString(1, PROGRESS);
                return forget.executeUpdate();
            }
        });
        LOG.info("Figures counted from the stored tickets: {} tickets, visits of {} days, in {} s", counted, folded,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    private static final String PROGRESS = CURSOR + ".stored-tickets";

    /** Moves the oldest day of {@code FQ_VISIT_DAY} into the counters; false when there is none left. */
    private boolean foldVisitDay() {
        return db.inCountingTransaction(c -> {
            claim(c, PROGRESS, () -> 0L); // one node at a time
            if (!taskQueued(c)) {
                return false;
            }
            java.sql.Date day;
            try (PreparedStatement query = c.prepareStatement("SELECT MIN(DAY_START) FROM FQ_VISIT_DAY");
                    ResultSet r = query.executeQuery()) {
                r.next();
                day = r.getDate(1);
            }
            if (day == null) {
                return false;
            }
            LocalDate local = day.toLocalDate();
            StatsCounters counters = new StatsCounters();
            try (PreparedStatement query = c.prepareStatement("SELECT BOARD_ID, UNIT_CODE, VISITS FROM FQ_VISIT_DAY"
                    + " WHERE DAY_START = ?")) {
                query.setDate(1, day);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        String unit = r.getString(2);
                        counters.add(local, r.getString(1), unit.isEmpty() ? null : unit,
                                StatsCounters.Counter.VISITS, r.getLong(3));
                    }
                }
            }
            counters.write(c);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM FQ_VISIT_DAY WHERE DAY_START = ?")) {
                delete.setDate(1, day);
                delete.executeUpdate();
            }
            return true;
        });
    }
}
