package org.fengqiao.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the other nodes' signals: one connection of the pool kept for {@code LISTEN}. PostgreSQL delivers a
 * notification only at the commit that sent it and never again: a signal is a wake-up, and after the connection was
 * lost every listener is woken once, since signals may have been missed.
 */
final class PostgresSignals {

    static final String CHANNEL = "fengqiao";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresSignals.class);
    private static final int WAIT_MS = 500;
    private static final long RECONNECT_MS = 1_000;

    private final DataSource dataSource;
    private final String nodeId;
    private final Consumer<String> heard;
    private final Thread thread;
    private volatile boolean running = true;

    PostgresSignals(DataSource dataSource, String nodeId, Consumer<String> heard) {
        this.dataSource = dataSource;
        this.nodeId = nodeId;
        this.heard = heard;
        this.thread = new Thread(this::run, "fengqiao-cluster-signals");
        thread.setDaemon(true);
        thread.start();
    }

    /** What a signal carries: its topic and the node that sent it. */
    static String payload(String topic, String nodeId) {
        return topic + " " + nodeId;
    }

    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        boolean first = true;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement listen = c.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    heard.accept(null); // what was sent while the connection was away is lost
                }
                first = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        String payload = n.getParameter();
                        int space = payload.lastIndexOf(' ');
                        if (space > 0 && !payload.substring(space + 1).equals(nodeId)) {
                            heard.accept(payload.substring(0, space));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Listening for the other nodes failed; listening again in {} ms: {}", RECONNECT_MS,
                        e.toString());
                first = false;
                try {
                    Thread.sleep(RECONNECT_MS);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
