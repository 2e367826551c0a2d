package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.fengqiao.ticketing.api.Stats;
import org.fengqiao.ticketing.api.StatsQuery;
import org.fengqiao.ticketing.api.StatsService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Figures by counting and ordering queries: nothing is loaded beyond single values. Days are calendar days in the
 * zone {@code stats.zone} (default Asia/Shanghai) of configuration PID {@value TicketServiceImpl#PID}.
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
        String value = config.stats_zone();
        try {
            zone = ZoneId.of(value == null || value.isBlank() ? "Asia/Shanghai" : value.strip());
        } catch (java.time.DateTimeException e) {
            org.slf4j.LoggerFactory.getLogger(StatsServiceImpl.class).error("stats.zone = {} is not a time zone;"
                    + " Asia/Shanghai applies", value);
            zone = ZoneId.of("Asia/Shanghai");
        }
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

    /** The tickets a query is about, as a JPQL condition on alias {@code t}, and its parameters. */
    private record Scope(String condition, Map<String, Object> params) {
        static Scope of(StatsQuery q) {
            StringBuilder c = new StringBuilder("1 = 1");
            Map<String, Object> p = new HashMap<>();
            if (q.boardId() != null) {
                c.append(" AND t.boardId = :board");
                p.put("board", q.boardId());
            }
            if (q.unitCodes() != null) {
                c.append(" AND t.unitCode IN :units");
                p.put("units", q.unitCodes());
            }
            return new Scope(c.toString(), p);
        }

        boolean all() {
            return params.isEmpty();
        }
    }

    @Override
    public Stats stats(StatsQuery q) {
        Scope scope = Scope.of(q);
        return db.inTransaction(em -> {
            Timestamp from = Timestamp.from(q.from());
            Timestamp to = Timestamp.from(q.to());
            long tickets = single(em, "SELECT COUNT(t) FROM TicketEntity t WHERE " + scope.condition()
                    + " AND t.createdAt >= :from AND t.createdAt < :to", scope, from, to);
            Stats.TimeFigures response = times(em, scope, from, to, "t.responseSeconds",
                    "t.firstResponseAt <= t.firstResponseDue", "t.firstResponseDue");
            Stats.TimeFigures resolution = times(em, scope, from, to, "t.resolutionSeconds",
                    "t.resolvedAt <= t.resolutionDue", "t.resolutionDue");
            Scope emergencyScope = new Scope(scope.condition() + " AND t.emergency = TRUE", scope.params());
            long emergencies = single(em, "SELECT COUNT(t) FROM TicketEntity t WHERE " + emergencyScope.condition()
                    + " AND t.createdAt >= :from AND t.createdAt < :to", emergencyScope, from, to);
            Stats.TimeFigures emergencyResponse = times(em, emergencyScope, from, to, "t.responseSeconds",
                    "t.firstResponseAt <= t.firstResponseDue", "t.firstResponseDue");
            Query avg = em.createQuery("SELECT AVG(t.ratingScore), COUNT(t.ratingScore) FROM TicketEntity t WHERE "
                    + scope.condition() + " AND t.createdAt >= :from AND t.createdAt < :to AND t.ratingScore IS NOT NULL");
            bind(avg, scope, from, to);
            Object[] rating = (Object[]) avg.getSingleResult();
            Double satisfaction = rating[0] == null ? null : ((Number) rating[0]).doubleValue();
            return new Stats(tickets, replies(em, scope, from, to), visits(em, scope, from, to), response, resolution,
                    emergencies, emergencyResponse, satisfaction, ((Number) rating[1]).longValue(), breakdown(em, scope, from, to, "t.boardId"),
                    breakdown(em, scope, from, to, "t.unitCode"), byDay(em, scope, q));
        });
    }

    private static long replies(EntityManager em, Scope scope, Timestamp from, Timestamp to) {
        return single(em, "SELECT COUNT(e) FROM TimelineEntryEntity e, TicketEntity t WHERE e.ticketId = t.id AND "
                + scope.condition() + " AND e.kind = 'reply' AND e.occurredAt >= :from AND e.occurredAt < :to",
                scope, from, to);
    }

    /** The visit counters of the days a period touches, for the query's board and units, as SQL and parameters. */
    private record VisitScope(String where, List<Object> params) {
        static VisitScope of(Scope scope, LocalDate first, LocalDate last) {
            StringBuilder where = new StringBuilder(" FROM FQ_VISIT_DAY WHERE DAY_START >= ? AND DAY_START <= ?");
            List<Object> params = new ArrayList<>(List.of(java.sql.Date.valueOf(first), java.sql.Date.valueOf(last)));
            if (scope.params().containsKey("board")) {
                where.append(" AND BOARD_ID = ?");
                params.add(scope.params().get("board"));
            }
            if (scope.params().containsKey("units")) {
                List<?> units = (List<?>) scope.params().get("units");
                // a unit's visits are the views of its tickets
                where.append(" AND UNIT_CODE IN (").append(String.join(", ", java.util.Collections.nCopies(
                        units.size(), "?"))).append(')');
                params.addAll(units);
            }
            return new VisitScope(where.toString(), params);
        }

        Query bind(Query query) {
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query;
        }
    }

    private VisitScope visitScope(Scope scope, Timestamp from, Timestamp to) {
        return VisitScope.of(scope, from.toInstant().atZone(zone).toLocalDate(),
                to.toInstant().minusNanos(1).atZone(zone).toLocalDate());
    }

    private long visits(EntityManager em, Scope scope, Timestamp from, Timestamp to) {
        VisitScope v = visitScope(scope, from, to);
        Object sum = v.bind(em.createNativeQuery("SELECT SUM(VISITS)" + v.where())).getSingleResult();
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private Map<String, Long> groupedVisits(EntityManager em, Scope scope, Timestamp from, Timestamp to, String key) {
        VisitScope v = visitScope(scope, from, to);
        String column = key.equals("t.boardId") ? "BOARD_ID" : "UNIT_CODE";
        Map<String, Long> result = new TreeMap<>();
        for (Object row : v.bind(em.createNativeQuery("SELECT " + column + ", SUM(VISITS)" + v.where()
                + (column.equals("UNIT_CODE") ? " AND UNIT_CODE <> ''" : "") + " GROUP BY " + column)).getResultList()) {
            Object[] r = (Object[]) row;
            result.put(r[0].toString(), ((Number) r[1]).longValue());
        }
        return result;
    }

    private static Stats.TimeFigures times(EntityManager em, Scope scope, Timestamp from, Timestamp to,
            String seconds, String metDeadline, String due) {
        String where = " FROM TicketEntity t WHERE " + scope.condition()
                + " AND t.createdAt >= :from AND t.createdAt < :to AND " + seconds + " IS NOT NULL";
        long measured = single(em, "SELECT COUNT(t)" + where, scope, from, to);
        if (measured == 0) {
            return new Stats.TimeFigures(0, null, null, null);
        }
        long withDue = single(em, "SELECT COUNT(t)" + where + " AND " + due + " IS NOT NULL", scope, from, to);
        long met = single(em, "SELECT COUNT(t)" + where + " AND " + metDeadline, scope, from, to);
        return new Stats.TimeFigures(measured, nth(em, seconds, where, scope, from, to, (measured - 1) / 2),
                nth(em, seconds, where, scope, from, to, (long) Math.ceil(0.9 * measured) - 1),
                withDue == 0 ? null : (double) met / withDue);
    }

    /** The value at a rank of the ordered times: one row read. */
    private static Long nth(EntityManager em, String seconds, String where, Scope scope, Timestamp from, Timestamp to,
            long rank) {
        Query query = em.createQuery("SELECT " + seconds + where + " ORDER BY " + seconds);
        bind(query, scope, from, to);
        return ((Number) query.setFirstResult((int) rank).setMaxResults(1).getSingleResult()).longValue();
    }

    private List<Stats.Breakdown> breakdown(EntityManager em, Scope scope, Timestamp from, Timestamp to,
            String key) {
        Map<String, Long> tickets = grouped(em, "SELECT " + key + ", COUNT(t) FROM TicketEntity t WHERE "
                + scope.condition() + " AND t.createdAt >= :from AND t.createdAt < :to GROUP BY " + key, scope, from, to);
        Map<String, Long> resolved = grouped(em, "SELECT " + key + ", COUNT(t) FROM TicketEntity t WHERE "
                + scope.condition() + " AND t.resolvedAt >= :from AND t.resolvedAt < :to GROUP BY " + key, scope, from,
                to);
        Map<String, Long> replies = grouped(em, "SELECT " + key + ", COUNT(e) FROM TimelineEntryEntity e,"
                + " TicketEntity t WHERE e.ticketId = t.id AND " + scope.condition() + " AND e.kind = 'reply'"
                + " AND e.occurredAt >= :from AND e.occurredAt < :to GROUP BY " + key, scope, from, to);
        Map<String, Long> visits = groupedVisits(em, scope, from, to, key);
        TreeSet<String> keys = new TreeSet<>();
        keys.addAll(tickets.keySet());
        keys.addAll(resolved.keySet());
        keys.addAll(replies.keySet());
        keys.addAll(visits.keySet());
        List<Stats.Breakdown> rows = new ArrayList<>();
        for (String k : keys) {
            rows.add(new Stats.Breakdown(k, tickets.getOrDefault(k, 0L), resolved.getOrDefault(k, 0L),
                    replies.getOrDefault(k, 0L), visits.getOrDefault(k, 0L)));
        }
        return rows;
    }

    private List<Stats.Breakdown> byDay(EntityManager em, Scope scope, StatsQuery q) {
        List<Stats.Breakdown> days = new ArrayList<>();
        LocalDate last = q.to().minusNanos(1).atZone(zone).toLocalDate();
        for (LocalDate day = q.from().atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Timestamp start = Timestamp.from(max(q.from(), day.atStartOfDay(zone).toInstant()));
            Timestamp end = Timestamp.from(min(q.to(), day.plusDays(1).atStartOfDay(zone).toInstant()));
            long tickets = single(em, "SELECT COUNT(t) FROM TicketEntity t WHERE " + scope.condition()
                    + " AND t.createdAt >= :from AND t.createdAt < :to", scope, start, end);
            long resolved = single(em, "SELECT COUNT(t) FROM TicketEntity t WHERE " + scope.condition()
                    + " AND t.resolvedAt >= :from AND t.resolvedAt < :to", scope, start, end);
            days.add(new Stats.Breakdown(day.toString(), tickets, resolved, replies(em, scope, start, end),
                    visits(em, scope, start, end)));
        }
        return days;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static long single(EntityManager em, String jpql, Scope scope, Timestamp from, Timestamp to) {
        Query query = em.createQuery(jpql);
        bind(query, scope, from, to);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static Map<String, Long> grouped(EntityManager em, String jpql, Scope scope, Timestamp from, Timestamp to) {
        Query query = em.createQuery(jpql);
        bind(query, scope, from, to);
        Map<String, Long> result = new TreeMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            result.put(r[0] == null ? "(none)" : r[0].toString(), ((Number) r[1]).longValue());
        }
        return result;
    }

    private static void bind(Query query, Scope scope, Timestamp from, Timestamp to) {
        query.setParameter("from", from).setParameter("to", to);
        for (String name : List.of("board", "units")) {
            if (scope.params().containsKey(name) && query.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
                query.setParameter(name, scope.params().get(name));
            }
        }
    }
}
