package org.fengqiao.ticketing.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.ticketing.internal.StatsCounters.Counter;

/**
 * Brings the stored figures up to date with some tickets, in the caller's transaction: each ticket's figures now, less
 * what was counted for it before ({@code FQ_STATS_TICKET}), and the replies given since it was last counted. Counting
 * a ticket twice changes nothing, so an event handled again after a crash counts nothing twice.
 */
final class StatsRecount {

    private static final String FIGURE_COLUMNS = "BOARD_ID, UNIT_CODE, CREATED_DAY, EMERGENCY, RATING,"
            + " RESPONSE_SECONDS, RESPONSE_DUE, RESPONSE_MET, RESOLUTION_SECONDS, RESOLUTION_DUE, RESOLUTION_MET,"
            + " RESOLVED_DAY";

    /** A ticket as last counted: its figures and how many of its replies. */
    private record Counted(TicketFigures figures, int replies) {
    }

    private StatsRecount() {
    }

    /** Recounts the tickets with these ids (at most a few hundred: they go into one IN list). */
    static void recount(Connection connection, Collection<Long> ticketIds, ZoneId zone) throws SQLException {
        if (ticketIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(ticketIds);
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Map<Long, TicketFigures> now = tickets(connection, in, ids, zone);
        Map<Long, Counted> before = counted(connection, in, ids);
        Map<Long, List<LocalDate>> replies = replyDays(connection, in, ids, zone);
        StatsCounters counters = new StatsCounters();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (long id : ids) {
            TicketFigures figures = now.get(id);
            if (figures == null) {
                continue; // not committed yet as seen from here: its own event comes later
            }
            Counted old = before.get(id);
            if (old == null || !old.figures().equals(figures)) {
                if (old != null) {
                    old.figures().addTo(counters, -1);
                }
                figures.addTo(counters, 1);
            }
            List<LocalDate> given = replies.getOrDefault(id, List.of());
            int counted = old == null ? 0 : old.replies();
            for (LocalDate day : given.subList(Math.min(counted, given.size()), given.size())) {
                counters.add(day, figures.board(), figures.unit(), Counter.REPLIES, 1);
            }
            if (old == null) {
                inserts.add(row(figures, given.size(), id));
            } else if (!old.figures().equals(figures) || old.replies() != given.size()) {
                updates.add(row(figures, Math.max(counted, given.size()), id));
            }
        }
        counters.write(connection);
        writeCounted(connection, inserts, "INSERT INTO FQ_STATS_TICKET (" + FIGURE_COLUMNS + ", REPLIES, TICKET_ID)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        writeCounted(connection, updates, "UPDATE FQ_STATS_TICKET SET " + FIGURE_COLUMNS.replace(",", " = ?,")
                + " = ?, REPLIES = ? WHERE TICKET_ID = ?");
    }

    private static Map<Long, TicketFigures> tickets(Connection connection, String in, List<Long> ids, ZoneId zone)
            throws SQLException {
        Map<Long, TicketFigures> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID, BOARD_ID, UNIT_CODE, CREATED_AT,"
                + " EMERGENCY, RATING_SCORE, RESPONSE_SECONDS, FIRST_RESPONSE_AT, FIRST_RESPONSE_DUE,"
                + " RESOLUTION_SECONDS, RESOLVED_AT, RESOLUTION_DUE FROM FQ_TICKET WHERE ID" + in)) {
            bind(query, ids);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    found.put(r.getLong(1), TicketFigures.of(r.getString(2), r.getString(3), instant(r, 4),
                            r.getBoolean(5), integer(r, 6), longValue(r, 7), instant(r, 8), instant(r, 9),
                            longValue(r, 10), instant(r, 11), instant(r, 12), zone));
                }
            }
        }
        return found;
    }

    private static Map<Long, Counted> counted(Connection connection, String in, List<Long> ids) throws SQLException {
        Map<Long, Counted> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TICKET_ID, " + FIGURE_COLUMNS
                + ", REPLIES FROM FQ_STATS_TICKET WHERE TICKET_ID" + in)) {
            bind(query, ids);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    found.put(r.getLong(1), new Counted(new TicketFigures(r.getString(2), r.getString(3),
                            r.getDate(4).toLocalDate(), r.getBoolean(5), integer(r, 6), longValue(r, 7),
                            r.getBoolean(8), r.getBoolean(9), longValue(r, 10), r.getBoolean(11), r.getBoolean(12),
                            r.getDate(13) == null ? null : r.getDate(13).toLocalDate()), r.getInt(14)));
                }
            }
        }
        return found;
    }

    /** The day of each reply of each ticket, in the order they were given. */
    private static Map<Long, List<LocalDate>> replyDays(Connection connection, String in, List<Long> ids, ZoneId zone)
            throws SQLException {
        Map<Long, List<LocalDate>> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TICKET_ID, OCCURRED_AT FROM"
                + " FQ_TIMELINE_ENTRY WHERE TICKET_ID" + in + " AND ENTRY_KIND = 'reply' ORDER BY TICKET_ID, ID")) {
            bind(query, ids);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    found.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(r.getTimestamp(2).toInstant().atZone(zone).toLocalDate());
                }
            }
        }
        return found;
    }

    private static Object[] row(TicketFigures f, int replies, long id) {
        return new Object[] {f.board(), f.unit(), Date.valueOf(f.createdDay()), f.emergency(), f.rating(),
            f.responseSeconds(), f.responseDue(), f.responseMet(), f.resolutionSeconds(), f.resolutionDue(),
            f.resolutionMet(), f.resolvedDay() == null ? null : Date.valueOf(f.resolvedDay()), replies, id};
    }

    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BOOLEAN, Types.INTEGER,
        Types.BIGINT, Types.BOOLEAN, Types.BOOLEAN, Types.BIGINT, Types.BOOLEAN, Types.BOOLEAN, Types.DATE,
        Types.INTEGER, Types.BIGINT};

    private static void writeCounted(Connection connection, List<Object[]> rows, String sql) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        statement.setNull(i + 1, TYPES[i]);
                    } else {
                        statement.setObject(i + 1, row[i], TYPES[i]);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void bind(PreparedStatement query, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            query.setLong(i + 1, ids.get(i));
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp value = r.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    private static Long longValue(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }
}
