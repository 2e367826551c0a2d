package org.fengqiao.ticketing.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Changes to the stored figures, gathered in memory and written in one go. Every count lands in the rows of its day
 * ({@code D}) and of its month ({@code M}), each for the board and unit, the board alone, the unit alone and all
 * ({@value #ALL}), so that a year's figures, by board, by unit or by day, are read from a few hundred rows. Times are
 * kept per bucket ({@link TimeBuckets}) for the board and for all boards.
 */
final class StatsCounters {

    static final String ALL = "*";
    static final String DAY = "D";
    static final String MONTH = "M";

    /** The counter columns of {@code FQ_STATS_COUNT}. */
    enum Counter {
        TICKETS, EMERGENCIES, RESOLVED, REPLIES, VISITS, RATINGS, RATING_SUM,
        RESPONSE_MEASURED, RESPONSE_WITH_DUE, RESPONSE_MET,
        RESOLUTION_MEASURED, RESOLUTION_WITH_DUE, RESOLUTION_MET,
        EMERGENCY_RESPONSE_MEASURED, EMERGENCY_RESPONSE_WITH_DUE, EMERGENCY_RESPONSE_MET
    }

    /** The times of {@code FQ_STATS_TIME}, by the code stored for them. */
    enum Figure {
        RESPONSE("R"), RESOLUTION("S"), EMERGENCY_RESPONSE("E");

        final String code;

        Figure(String code) {
            this.code = code;
        }
    }

    record Cell(String grain, LocalDate start, String board, String unit) {
    }

    record TimeCell(String grain, LocalDate start, String board, String figure, int bucket) {
    }

    private static final Comparator<Cell> CELL_ORDER = Comparator.comparing(Cell::grain).thenComparing(Cell::start)
            .thenComparing(Cell::board).thenComparing(Cell::unit);
    private static final Comparator<TimeCell> TIME_ORDER = Comparator.comparing(TimeCell::grain)
            .thenComparing(TimeCell::start).thenComparing(TimeCell::board).thenComparing(TimeCell::figure)
            .thenComparingInt(TimeCell::bucket);

    // sorted, so that two writers take row locks in the same order
    private final Map<Cell, long[]> counts = new TreeMap<>(CELL_ORDER);
    private final Map<TimeCell, Long> times = new TreeMap<>(TIME_ORDER);

    /** Adds to a counter of a day; {@code unit} null: counted for no unit (a view of a board's list). */
    void add(LocalDate day, String board, String unit, Counter counter, long delta) {
        if (delta == 0) {
            return;
        }
        for (Cell cell : cells(day, board, unit)) {
            counts.computeIfAbsent(cell, c -> new long[Counter.values().length])[counter.ordinal()] += delta;
        }
    }

    /** Adds {@code delta} times of {@code seconds} to a figure of a day. */
    void addTime(LocalDate day, String board, Figure figure, long seconds, long delta) {
        int bucket = TimeBuckets.bucket(seconds);
        for (String grain : List.of(DAY, MONTH)) {
            for (String b : List.of(board, ALL)) {
                times.merge(new TimeCell(grain, start(grain, day), b, figure.code, bucket), delta, Long::sum);
            }
        }
    }

    static LocalDate start(String grain, LocalDate day) {
        return grain.equals(MONTH) ? day.withDayOfMonth(1) : day;
    }

    private static List<Cell> cells(LocalDate day, String board, String unit) {
        List<Cell> cells = new ArrayList<>(8);
        for (String grain : List.of(DAY, MONTH)) {
            LocalDate start = start(grain, day);
            for (String b : List.of(board, ALL)) {
                cells.add(new Cell(grain, start, b, ALL));
                if (unit != null) {
                    cells.add(new Cell(grain, start, b, unit));
                }
            }
        }
        return cells;
    }

    /** The changes, for tests and logs: each non-zero counter of each cell. */
    Map<Cell, long[]> counts() {
        return counts;
    }

    Map<TimeCell, Long> times() {
        return times;
    }

    /** Adds everything gathered to the stored rows, creating the rows not there yet. */
    void write(Connection connection) throws SQLException {
        String[] counters = Arrays.stream(Counter.values()).map(Enum::name).toArray(String[]::new);
        List<Row> countRows = new ArrayList<>();
        counts.forEach((cell, values) -> countRows.add(new Row(new Object[] {cell.grain(), Date.valueOf(cell.start()),
            cell.board(), cell.unit()}, values)));
        addTo(connection, "FQ_STATS_COUNT", new String[] {"GRAIN", "PERIOD_START", "BOARD_ID", "UNIT_CODE"}, counters,
                countRows);
        List<Row> timeRows = new ArrayList<>();
        times.forEach((cell, tickets) -> timeRows.add(new Row(new Object[] {cell.grain(), Date.valueOf(cell.start()),
            cell.board(), cell.figure(), cell.bucket()}, new long[] {tickets})));
        addTo(connection, "FQ_STATS_TIME", new String[] {"GRAIN", "PERIOD_START", "BOARD_ID", "FIGURE", "BUCKET"},
                new String[] {"TICKETS"}, timeRows);
    }

    /** A counter row: its key's values and the amounts to add. */
    private record Row(Object[] key, long[] amounts) {
        boolean changes() {
            return Arrays.stream(amounts).anyMatch(v -> v != 0);
        }
    }

    /** Adds the amounts to the rows of a table in one batch, then inserts in one batch the rows that were not there. */
    private static void addTo(Connection connection, String table, String[] keys, String[] amounts, List<Row> rows)
            throws SQLException {
        List<Row> changed = rows.stream().filter(Row::changes).toList();
        if (changed.isEmpty()) {
            return;
        }
        List<Row> missing = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET "
                + Arrays.stream(amounts).map(a -> a + " = " + a + " + ?").collect(Collectors.joining(", ")) + " WHERE "
                + Arrays.stream(keys).map(k -> k + " = ?").collect(Collectors.joining(" AND ")))) {
            for (Row row : changed) {
                int i = 1;
                for (long amount : row.amounts()) {
                    update.setLong(i++, amount);
                }
                for (Object key : row.key()) {
                    update.setObject(i++, key);
                }
                update.addBatch();
            }
            int[] updated = update.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    missing.add(changed.get(i));
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                + String.join(", ", keys) + ", " + String.join(", ", amounts) + ") VALUES ("
                + String.join(", ", Collections.nCopies(keys.length + amounts.length, "?")) + ")")) {
            for (Row row : missing) {
                int i = 1;
                for (Object key : row.key()) {
                    insert.setObject(i++, key);
                }
                for (long amount : row.amounts()) {
                    insert.setLong(i++, amount);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
