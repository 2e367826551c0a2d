package org.fengqiao.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/** The node registry ({@code FQ_NODE}) and the leases ({@code FQ_LEASE}), in plain JDBC with auto-commit. */
final class ClusterStore {

    /** A row of the registry. */
    record NodeRow(String id, String name, String build, Instant startedAt, Instant seenAt) {
    }

    private final DataSource dataSource;

    ClusterStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void heartbeat(String id, String name, String build, Instant startedAt, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement update = c.prepareStatement("UPDATE FQ_NODE SET SEEN_AT = ? WHERE ID = ?")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, id);
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO FQ_NODE (ID, NAME, BUILD, STARTED_AT, SEEN_AT) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, id);
                    insert.setString(2, name);
                    insert.setString(3, build);
                    insert.setTimestamp(4, Timestamp.from(startedAt));
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Nodes seen since {@code since}, and node {@code self} whenever it was seen. */
    List<NodeRow> nodes(Instant since, String self) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT ID, NAME, BUILD, STARTED_AT, SEEN_AT FROM FQ_NODE WHERE SEEN_AT >= ? OR ID = ?"
                        + " ORDER BY STARTED_AT, ID")) {
            query.setTimestamp(1, Timestamp.from(since));
            query.setString(2, self);
            List<NodeRow> rows = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    rows.add(new NodeRow(r.getString(1), r.getString(2), r.getString(3), r.getTimestamp(4).toInstant(),
                            r.getTimestamp(5).toInstant()));
                }
            }
            return rows;
        }
    }

    /** Deletes this node's row and its leases (a clean stop), and rows of nodes not seen since {@code before}. */
    void leave(String id, Instant before) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM FQ_NODE WHERE ID = ? OR SEEN_AT < ?")) {
                delete.setString(1, id);
                delete.setTimestamp(2, Timestamp.from(before));
                delete.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM FQ_LEASE WHERE HOLDER = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }

    /**
     * Claims or renews {@code work} for {@code holder} until {@code until}: it succeeds when the work is free, already
     * the holder's, or its lease ran out before {@code now}. Otherwise answers when the other holder's lease ends.
     */
    Optional<Instant> claim(String work, String holder, Instant now, Instant until) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE FQ_LEASE SET HOLDER = ?, EXPIRES_AT = ?"
                    + " WHERE WORK_NAME = ? AND (HOLDER = ? OR EXPIRES_AT < ?)")) {
                update.setString(1, holder);
                update.setTimestamp(2, Timestamp.from(until));
                update.setString(3, work);
                update.setString(4, holder);
                update.setTimestamp(5, Timestamp.from(now));
                if (update.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            Optional<Instant> busy = expiry(c, work);
            if (busy.isPresent()) {
                return busy;
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO FQ_LEASE (WORK_NAME, HOLDER, EXPIRES_AT) VALUES (?, ?, ?)")) {
                insert.setString(1, work);
                insert.setString(2, holder);
                insert.setTimestamp(3, Timestamp.from(until));
                insert.executeUpdate();
                return Optional.empty();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    // another node made the row first: it holds the work
                    return Optional.of(expiry(c, work).orElse(now));
                }
                throw e;
            }
        }
    }

    void release(String work, String holder) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM FQ_LEASE WHERE WORK_NAME = ? AND HOLDER = ?")) {
            delete.setString(1, work);
            delete.setString(2, holder);
            delete.executeUpdate();
        }
    }

    private static Optional<Instant> expiry(Connection c, String work) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT EXPIRES_AT FROM FQ_LEASE WHERE WORK_NAME = ?")) {
            query.setString(1, work);
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? Optional.of(r.getTimestamp(1).toInstant()) : Optional.empty();
            }
        }
    }
}
