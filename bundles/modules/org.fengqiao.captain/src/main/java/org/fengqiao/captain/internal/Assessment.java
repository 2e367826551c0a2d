package org.fengqiao.captain.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fengqiao.board.api.Board;
import org.fengqiao.captain.api.FieldRecordKind;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.persistence.api.Transactions;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.fengqiao.ticketing.api.StatsService;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketSearch;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.TicketState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Assessment (B5): a captain's month in points — records by kind (the city's weights), requests addressed to them and
 * resolved in time, residents' ratings — and the captain's rank among the captains of their precinct.
 */
@Component(service = Assessment.class)
public class Assessment {

    record Review(long captainId, String name, String month, Map<String, Long> records, long visits,
            long requestsResolved, long requestsResolvedInTime, double averageRating, long ratings,
            Map<String, Long> points, long totalPoints, int rank, int captainsInPrecinct, String precinct) {
    }

    record Rated(long captainId, String month, int score) {
    }

    private final CaptainDatabase db;
    private final IdentityService identity;
    private final TicketService tickets;
    private final BoardRegistry boards;
    private final RecordKinds kinds;
    private final CaptainSettings settings;
    private final AreaAccess area;
    private final AuditLog audit;
    private final ZoneId zone;

    @Activate
    public Assessment(@Reference CaptainDatabase db, @Reference IdentityService identity,
            @Reference TicketService tickets, @Reference BoardRegistry boards, @Reference RecordKinds kinds,
            @Reference CaptainSettings settings, @Reference AreaAccess area, @Reference AuditLog audit,
            @Reference StatsService stats) {
        this.db = db;
        this.identity = identity;
        this.tickets = tickets;
        this.boards = boards;
        this.kinds = kinds;
        this.settings = settings;
        this.area = area;
        this.audit = audit;
        this.zone = stats.zone();
    }

    static YearMonth month(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(zone);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw FengqiaoException.invalid(List.of(new Problem("month", "invalid_month", "month is YYYY-MM, e.g."
                    + " 2026-11")));
        }
    }

    ZoneId zone() {
        return zone;
    }

    /**
     * A resident rates their captain for this month: only a citizen whose phone is that of someone living in one of
     * the captain's buildings, once a month.
     */
    Rated rate(Account resident, long captainId, Integer score, String comment) {
        Problems problems = new Problems().text("comment", comment, false, 400);
        if (score == null || score < 1 || score > 5) {
            problems.add("score", "out_of_range", "score is a whole number from 1 to 5");
        }
        problems.throwIfAny();
        if (resident.isStaff() || resident.phone() == null || resident.phone().isBlank()) {
            throw FengqiaoException.forbidden("only residents registered in the captain's buildings rate them");
        }
        String month = YearMonth.now(zone).toString();
        try {
            db.inTransaction(em -> {
                Captains.requireCaptain(em, captainId);
                List<Long> buildings = Captains.buildingsOf(em, captainId);
                boolean lives = !buildings.isEmpty() && !em.createQuery("SELECT p.id FROM PersonEntity p WHERE"
                        + " p.phone = :phone AND p.buildingId IN :b AND p.movedOutAt IS NULL", Long.class)
                        .setParameter("phone", resident.phone()).setParameter("b", buildings).setMaxResults(1)
                        .getResultList().isEmpty();
                if (!lives) {
                    throw FengqiaoException.forbidden("only residents registered in the captain's buildings rate them");
                }
                em.persist(new RatingEntity(captainId, resident.id(), month, score,
                        comment == null || comment.isBlank() ? null : comment.strip(), Instant.now()));
                em.flush();
                return null;
            });
        } catch (RuntimeException e) {
            if (Transactions.isDuplicateKey(e)) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "already_rated", "you rated this captain for "
                        + month + " already; rate again next month");
            }
            throw e;
        }
        return new Rated(captainId, month, score);
    }

    /** The review of one captain and month: for the captain, their leaders, and administrators. */
    Review review(Account viewer, long captainId, YearMonth month) {
        Account captain = identity.account(captainId).filter(a -> db.read(em -> em.find(CaptainEntity.class,
                captainId) != null)).orElseThrow(() -> FengqiaoException.notFound("captain_not_found",
                        "no captain " + captainId));
        if (viewer.id() != captainId && !leads(viewer, captain)) {
            throw FengqiaoException.forbidden("a captain's review is for the captain, their leaders and"
                    + " administrators");
        }
        String precinct = area.precinctOfUnit(captain.staff() == null ? null : captain.staff().unitCode());
        List<Review> ranking = ranking(precinct, captain, month);
        return ranking.stream().filter(r -> r.captainId() == captainId).findFirst().orElseThrow();
    }

    /** Every captain of a precinct for a month, best first: leaders of the precinct or above, administrators. */
    List<Review> ranking(Account viewer, String precinct, YearMonth month) {
        if (!viewer.hasRole(Role.ADMIN) && !(viewer.hasRole(Role.LEADER)
                && identity.unitAndDescendants(viewer.staff().unitCode()).contains(precinct))) {
            throw FengqiaoException.forbidden("the ranking of a precinct is for its leaders and administrators");
        }
        if (identity.unit(precinct).isEmpty()) {
            throw FengqiaoException.notFound("unit_not_found", "no unit " + precinct);
        }
        List<Review> ranking = ranking(precinct, null, month);
        audit.append(AuditEntry.of(viewer, "captain.ranking_read", "unit", precinct, month.toString()));
        return ranking;
    }

    String csv(List<Review> ranking) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("rank", "captain_id", "name",
                "month", "total_points", "records", "visits", "requests_resolved_in_time", "average_rating", "ratings")
                .get())) {
            for (Review r : ranking) {
                csv.printRecord(r.rank(), r.captainId(), r.name(), r.month(), r.totalPoints(),
                        r.records().values().stream().mapToLong(Long::longValue).sum(), r.visits(),
                        r.requestsResolvedInTime(), String.format(java.util.Locale.ROOT, "%.2f", r.averageRating()),
                        r.ratings());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toString();
    }

    private boolean leads(Account viewer, Account captain) {
        if (viewer.hasRole(Role.ADMIN)) {
            return true;
        }
        return viewer.hasRole(Role.LEADER) && captain.staff() != null
                && identity.unitAndDescendants(viewer.staff().unitCode()).contains(captain.staff().unitCode());
    }

    /** The captains of a precinct (and {@code also}, if given), with their month, best first. */
    private List<Review> ranking(String precinct, Account also, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Long> captainIds = db.read(em -> em.createQuery("SELECT c.accountId FROM CaptainEntity c", Long.class)
                .getResultList());
        Map<Long, Account> accounts = identity.accounts(captainIds);
        List<Account> peers = new ArrayList<>(accounts.values().stream().filter(a -> precinct != null
                && precinct.equals(area.precinctOfUnit(a.staff() == null ? null : a.staff().unitCode()))).toList());
        if (also != null && peers.stream().noneMatch(a -> a.id() == also.id())) {
            peers.add(also);
        }
        List<String> boardIds = boards.boards().stream().map(Board::id).toList();
        List<Review> unranked = db.read(em -> peers.stream().map(a -> month(em, a, month, from, to, boardIds))
                .toList());
        List<Review> sorted = unranked.stream().sorted(Comparator.comparingLong(Review::totalPoints).reversed()
                .thenComparingLong(Review::captainId)).toList();
        List<Review> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Review r = sorted.get(i);
            ranked.add(new Review(r.captainId(), r.name(), r.month(), r.records(), r.visits(), r.requestsResolved(),
                    r.requestsResolvedInTime(), r.averageRating(), r.ratings(), r.points(), r.totalPoints(), i + 1,
                    sorted.size(), precinct));
        }
        return ranked;
    }

    private Review month(EntityManager em, Account captain, YearMonth month, Instant from, Instant to,
            List<String> boardIds) {
        CaptainSettings.Snapshot s = settings.get();
        Map<String, Long> records = new LinkedHashMap<>();
        for (Object row : em.createQuery("SELECT r.kind, COUNT(r) FROM FieldRecordEntity r WHERE r.captainId = :c"
                + " AND r.recordedAt >= :f AND r.recordedAt < :t GROUP BY r.kind ORDER BY r.kind")
                .setParameter("c", captain.id()).setParameter("f", java.sql.Timestamp.from(from))
                .setParameter("t", java.sql.Timestamp.from(to)).getResultList()) {
            Object[] r = (Object[]) row;
            records.put(r[0].toString(), ((Number) r[1]).longValue());
        }
        Map<String, Long> points = new LinkedHashMap<>();
        records.forEach((kind, count) -> points.put(kind, count * s.points(kind,
                kinds.kind(kind).map(FieldRecordKind::points).orElse(1))));
        List<Ticket> addressed = tickets.search(new TicketSearch(List.of(), boardIds, List.of(), null, to,
                List.of(TicketState.RESOLVED, TicketState.CLOSED), 1000, captain.id()));
        List<Ticket> resolved = addressed.stream().filter(t -> t.resolvedAt() != null
                && !t.resolvedAt().isBefore(from) && t.resolvedAt().isBefore(to)).toList();
        long inTime = resolved.stream().filter(t -> t.deadlines().resolutionDue() == null
                || !t.resolvedAt().isAfter(t.deadlines().resolutionDue())).count();
        points.put("requests_in_time", inTime * s.pointsRequestInTime());
        Object[] rating = (Object[]) em.createQuery("SELECT AVG(r.score * 1.0), COUNT(r) FROM RatingEntity r"
                + " WHERE r.captainId = :c AND r.month = :m").setParameter("c", captain.id())
                .setParameter("m", month.toString()).getSingleResult();
        long ratings = ((Number) rating[1]).longValue();
        double average = ratings == 0 ? 0 : ((Number) rating[0]).doubleValue();
        points.put("ratings", Math.round(average * s.pointsPerStar()));
        long total = points.values().stream().mapToLong(Long::longValue).sum();
        return new Review(captain.id(), captain.publicName(), month.toString(), records,
                records.getOrDefault("visit", 0L), resolved.size(), inTime, average, ratings, points, total, 0, 0,
                null);
    }
}
