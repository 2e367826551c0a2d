package org.fengqiao.ticketing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;


import org.fengqiao.ticketing.api.Stats;
import org.fengqiao.ticketing.api.StatsQuery;
import org.fengqiao.ticketing.api.StatsService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Figures read from the stored counters ({@link StatsCounters}, kept by {@link StatsCounting}): a year is a few hundred
 * rows, whatever the number of tickets. Periods are whole calendar days in the zone {@code stats.zone} (default
 * Asia/Shanghai) of configuration PID {@value TicketServiceImpl#PID}. Medians and 90th percentiles come from the time
 * buckets (within 2.5 %), or, for one unit, from that unit's tickets themselves.
 */
@Component(service = StatsService.class, configurationPid = TicketServiceImpl.PID)
public class StatsServiceImpl implements StatsService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StatsServiceImpl.class);
    private static final long FLUSH_SECONDS = 2;

    private final TicketingDatabase db;
    private final VisitCounter visits = new VisitCounter();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fengqiao-visit-counters");
        t.setDaemon(true);
        return t;
    });
    private volatile ZoneId zone;

    @Activate
    public StatsServiceImpl(@Reference TicketingDatabase db, TicketingConfig config) {
        this.db = db;
        modified(config);
        flusher.execute(() -> {
            try {
                VisitFold.runIfQueued(db, zone);
            } catch (RuntimeException e) {
                LOG.warn("Folding stored visits stopped; it goes on at the next start: {}", e.toString());
            }
        });
        flusher.scheduleWithFixedDelay(this::flushVisits, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    @Modified
    void modified(TicketingConfig config) {
        zone = StatsCounting.zone(config);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public void countVisit(String boardId, String unitCode) {
        visits.count(LocalDate.now(zone), boardId, unitCode);
    }

    private void flushVisits() {
        try {
            visits.flush(db);
        } catch (RuntimeException e) {
            LOG.warn("Visit counters not written, kept for the next try: {}", e.toString());
        }
    }

    @Deactivate
    void stop() {
        flusher.shutdownNow();
        flushVisits();
    }

    private static final String[] COUNTERS = java.util.Arrays.stream(StatsCounters.Counter.values()).map(Enum::name)
            .toArray(String[]::new);

    @Override
    public Stats stats(StatsQuery q) {
        StatsSpan span = new StatsSpan(q.from().atZone(zone).toLocalDate(),
                q.to().minusNanos(1).atZone(zone).toLocalDate());
        CounterScope scope = new CounterScope(q.boardId(), q.unitCodes());
        return db.inJdbcTransaction(c -> {
            Map<String, long[]> days = scope.sumBy(c, "PERIOD_START", List.of(new StatsSpan.Part(StatsCounters.DAY,
                    span.first(), span.last())), COUNTERS);
            long[] total = new long[COUNTERS.length];
            List<Stats.Breakdown> byDay = new ArrayList<>();
            for (LocalDate day = span.first(); !day.isAfter(span.last()); day = day.plusDays(1)) {
                long[] counts = days.getOrDefault(day.toString(), new long[COUNTERS.length]);
                for (int i = 0; i < total.length; i++) {
                    total[i] += counts[i];
                }
                byDay.add(breakdown(day.toString(), counts));
            }
            Map<String, SortedMap<Integer, Long>> buckets = scope.unitCodes() == null ? timeBuckets(c, scope, span)
                    : null;
            Stats.TimeFigures response = times(c, q, span, buckets, total, StatsCounters.Figure.RESPONSE);
            Stats.TimeFigures resolution = times(c, q, span, buckets, total, StatsCounters.Figure.RESOLUTION);
            Stats.TimeFigures emergencyResponse = times(c, q, span, buckets, total,
                    StatsCounters.Figure.EMERGENCY_RESPONSE);
            long ratings = total[StatsCounters.Counter.RATINGS.ordinal()];
            Double satisfaction = ratings == 0 ? null
                    : (double) total[StatsCounters.Counter.RATING_SUM.ordinal()] / ratings;
            return new Stats(total[StatsCounters.Counter.TICKETS.ordinal()],
                    total[StatsCounters.Counter.REPLIES.ordinal()], total[StatsCounters.Counter.VISITS.ordinal()],
                    response, resolution, total[StatsCounters.Counter.EMERGENCIES.ordinal()], emergencyResponse,
                    satisfaction, ratings, breakdowns(scope.sumBy(c, "BOARD_ID", span.parts(), BREAKDOWN)),
                    breakdowns(scope.sumBy(c, "UNIT_CODE", span.parts(), BREAKDOWN)), byDay);
        });
    }

    private static final String[] BREAKDOWN = {"TICKETS", "RESOLVED", "REPLIES", "VISITS"};

    private static Stats.Breakdown breakdown(String key, long[] counts) {
        return new Stats.Breakdown(key, counts[StatsCounters.Counter.TICKETS.ordinal()],
                counts[StatsCounters.Counter.RESOLVED.ordinal()], counts[StatsCounters.Counter.REPLIES.ordinal()],
                counts[StatsCounters.Counter.VISITS.ordinal()]);
    }

    private static List<Stats.Breakdown> breakdowns(Map<String, long[]> rows) {
        List<Stats.Breakdown> result = new ArrayList<>();
        rows.forEach((key, v) -> {
            if (v[0] != 0 || v[1] != 0 || v[2] != 0 || v[3] != 0) {
                result.add(new Stats.Breakdown(key.isEmpty() ? "(none)" : key, v[0], v[1], v[2], v[3]));
            }
        });
        return result;
    }

    /**
     * Which counter rows a query reads: the board's (or all boards', {@value StatsCounters#ALL}) and the units' (or
     * all units').
     */
    private record CounterScope(String boardId, List<String> unitCodes) {

        /**
         * Sums of {@code columns} per value of {@code key} over the rows of {@code parts}; {@code key} a board or unit
         * column gives the breakdown by it (the rows of single boards or units), anything else the scope's rows.
         */
        Map<String, long[]> sumBy(Connection c, String key, List<StatsSpan.Part> parts, String[] columns)
                throws SQLException {
            boolean byBoard = key.equals("BOARD_ID");
            boolean byUnit = key.equals("UNIT_CODE");
            StringBuilder sql = new StringBuilder("SELECT ").append(key);
            for (String column : columns) {
                sql.append(", SUM(").append(column).append(')');
            }
            sql.append(" FROM FQ_STATS_COUNT WHERE GRAIN = ? AND PERIOD_START >= ? AND PERIOD_START <= ?");
            List<Object> params = new ArrayList<>();
            if (boardId != null) {
                sql.append(" AND BOARD_ID = ?");
                params.add(boardId);
            } else if (byBoard) {
                sql.append(" AND BOARD_ID <> ?");
                params.add(StatsCounters.ALL);
            } else {
                sql.append(" AND BOARD_ID = ?");
                params.add(StatsCounters.ALL);
            }
            if (unitCodes != null) {
                sql.append(" AND UNIT_CODE IN (").append(String.join(", ", Collections.nCopies(unitCodes.size(), "?")))
                        .append(')');
                params.addAll(unitCodes);
            } else if (byUnit) {
                sql.append(" AND UNIT_CODE <> ?");
                params.add(StatsCounters.ALL);
            } else {
                sql.append(" AND UNIT_CODE = ?");
                params.add(StatsCounters.ALL);
            }
            sql.append(" GROUP BY ").append(key);
            Map<String, long[]> sums = new TreeMap<>();
            try (PreparedStatement query = c.prepareStatement(sql.toString())) {
                for (StatsSpan.Part part : parts) {
                    query.setString(1, part.grain());
                    query.setDate(2, java.sql.Date.valueOf(part.from()));
                    query.setDate(3, java.sql.Date.valueOf(part.to()));
                    for (int i = 0; i < params.size(); i++) {
                        query.setObject(4 + i, params.get(i));
                    }
                    try (ResultSet r = query.executeQuery()) {
                        while (r.next()) {
                            long[] sum = sums.computeIfAbsent(r.getString(1), k -> new long[columns.length]);
                            for (int i = 0; i < columns.length; i++) {
                                sum[i] += r.getLong(2 + i);
                            }
                        }
                    }
                }
            }
            return sums;
        }
    }

    /** The time buckets of the period, per figure code. */
    private static Map<String, SortedMap<Integer, Long>> timeBuckets(Connection c, CounterScope scope, StatsSpan span)
            throws SQLException {
        Map<String, SortedMap<Integer, Long>> buckets = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT FIGURE, BUCKET, SUM(TICKETS) FROM FQ_STATS_TIME"
                + " WHERE GRAIN = ? AND BOARD_ID = ? AND PERIOD_START >= ? AND PERIOD_START <= ?"
                + " GROUP BY FIGURE, BUCKET")) {
            for (StatsSpan.Part part : span.parts()) {
                query.setString(1, part.grain());
                query.setString(2, scope.boardId() == null ? StatsCounters.ALL : scope.boardId());
                query.setDate(3, java.sql.Date.valueOf(part.from()));
                query.setDate(4, java.sql.Date.valueOf(part.to()));
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        buckets.computeIfAbsent(r.getString(1).strip(), k -> new TreeMap<>()).merge(r.getInt(2),
                                r.getLong(3), Long::sum);
                    }
                }
            }
        }
        return buckets;
    }

    private Stats.TimeFigures times(Connection c, StatsQuery q, StatsSpan span,
            Map<String, SortedMap<Integer, Long>> buckets, long[] total, StatsCounters.Figure figure)
            throws SQLException {
        String prefix = figure.name() + "_";
        long measured = total[StatsCounters.Counter.valueOf(prefix + "MEASURED").ordinal()];
        if (measured <= 0) {
            return new Stats.TimeFigures(0, null, null, null);
        }
        long withDue = total[StatsCounters.Counter.valueOf(prefix + "WITH_DUE").ordinal()];
        long met = total[StatsCounters.Counter.valueOf(prefix + "MET").ordinal()];
        long medianRank = (measured - 1) / 2;
        long p90Rank = (long) Math.ceil(0.9 * measured) - 1;
        Long median;
        Long p90;
        if (buckets != null) {
            SortedMap<Integer, Long> counts = buckets.getOrDefault(figure.code, new TreeMap<>());
            median = TimeBuckets.atRank(counts, medianRank);
            p90 = TimeBuckets.atRank(counts, p90Rank);
        } else {
            median = unitTime(c, q, span, figure, medianRank);
            p90 = unitTime(c, q, span, figure, p90Rank);
        }
        return new Stats.TimeFigures(measured, median, p90, withDue == 0 ? null : (double) met / withDue);
    }

    /** The time at a rank among the tickets of the query's units posted in the period: one row read. */
    private Long unitTime(Connection c, StatsQuery q, StatsSpan span, StatsCounters.Figure figure, long rank)
            throws SQLException {
        String column = figure == StatsCounters.Figure.RESOLUTION ? "RESOLUTION_SECONDS" : "RESPONSE_SECONDS";
        StringBuilder sql = new StringBuilder("SELECT ").append(column).append(" FROM FQ_TICKET WHERE CREATED_AT >= ?"
                + " AND CREATED_AT < ? AND ").append(column).append(" IS NOT NULL AND UNIT_CODE IN (")
                .append(String.join(", ", Collections.nCopies(q.unitCodes().size(), "?"))).append(')');
        if (q.boardId() != null) {
            sql.append(" AND BOARD_ID = ?");
        }
        if (figure == StatsCounters.Figure.EMERGENCY_RESPONSE) {
            sql.append(" AND EMERGENCY = TRUE");
        }
        sql.append(" ORDER BY ").append(column).append(" OFFSET ").append(rank).append(" ROWS FETCH FIRST 1 ROWS ONLY");
        try (PreparedStatement query = c.prepareStatement(sql.toString())) {
            int i = 1;
            query.setTimestamp(i++, Timestamp.from(span.first().atStartOfDay(zone).toInstant()));
            query.setTimestamp(i++, Timestamp.from(span.last().plusDays(1).atStartOfDay(zone).toInstant()));
            for (String unit : q.unitCodes()) {
                query.setString(i++, unit);
            }
            if (q.boardId() != null) {
                query.setString(i, q.boardId());
            }
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }
}
