package org.fengqiao.captain.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.fengqiao.captain.api.AlertRule;
import org.fengqiao.captain.api.FieldRecord;
import org.fengqiao.captain.api.RecordTicket;
import org.fengqiao.captain.api.Warning;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.TicketState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Early warning (B3): rules evaluated on every stored record raise alerts for the precinct of the record's address.
 * An alert is stored with its record; the precinct hears of it at once as a step on the alert's ticket, recorded with
 * the precinct as alert unit (so its staff get the in-app notification and the event stream).
 */
@Component(service = EarlyWarning.class)
public class EarlyWarning {

    record Alert(long id, String rule, String recordId, Long ticketId, String unitCode, long captainId,
            String message, Instant raisedAt, Long acknowledgedBy, Instant acknowledgedAt) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(EarlyWarning.class);
    private static final Duration CLAIM = RecordTickets.CLAIM;

    private final CaptainDatabase db;
    private final AlertRules rules;
    private final AreaAccess area;
    private final RecordTickets recordTickets;
    private final TicketService tickets;
    private final IdentityService identity;
    private final CaptainSettings settings;
    private final AuditLog audit;

    @Activate
    public EarlyWarning(@Reference CaptainDatabase db, @Reference AlertRules rules, @Reference AreaAccess area,
            @Reference RecordTickets recordTickets, @Reference TicketService tickets,
            @Reference IdentityService identity, @Reference CaptainSettings settings, @Reference AuditLog audit,
            @Reference CaptainSteps stepsRegistered) {
        this.db = db;
        this.rules = rules;
        this.area = area;
        this.recordTickets = recordTickets;
        this.tickets = tickets;
        this.identity = identity;
        this.settings = settings;
        this.audit = audit;
    }

    /** Evaluates every rule on a record just stored, in its transaction; the ids of the alerts raised. */
    List<Long> evaluate(EntityManager em, FieldRecord record, AddressEntity address, Account captain, Instant now) {
        List<Long> raised = new ArrayList<>();
        for (AlertRule rule : rules.active()) {
            Optional<Warning> warning;
            try {
                warning = rule.evaluate(record, Population.facts(em));
            } catch (RuntimeException e) {
                LOG.error("Alert rule {} failed on record {}; it is skipped", rule.id(), record.id(), e);
                continue;
            }
            if (warning.isPresent() && !raisedBefore(em, rule.id(), record.id().toString())) {
                raised.add(store(em, rule.id(), record, address, captain, warning.get(), now));
            }
        }
        return raised;
    }

    private static boolean raisedBefore(EntityManager em, String rule, String recordId) {
        return !em.createQuery("SELECT a.id FROM AlertEntity a WHERE a.ruleId = :r AND a.recordId = :id", Long.class)
                .setParameter("r", rule).setParameter("id", recordId).getResultList().isEmpty();
    }

    private long store(EntityManager em, String rule, FieldRecord record, AddressEntity address, Account captain,
            Warning warning, Instant now) {
        String unit = Optional.ofNullable(area.precinctOf(address))
                .orElseGet(() -> area.precinctOfUnit(captain.staff() == null ? null : captain.staff().unitCode()));
        String message = warning.message().length() > 400 ? warning.message().substring(0, 400) : warning.message();
        AlertEntity alert = new AlertEntity(rule, record.id().toString(), captain.id(),
                unit == null ? captain.staff().unitCode() : unit, message, now);
        RecordTicket own = warning.ticket() != null ? warning.ticket()
                : new RecordTicket(settings.get().alertBoard(), settings.get().alertCategory(),
                        message.split(" / ")[0], message, Map.of("location",
                                record.addressName() != null ? record.addressName() : "—"));
        alert.ticketSpec(RecordJson.write(own));
        em.persist(alert);
        em.flush();
        return alert.id();
    }

    /**
     * Tells the precinct of an alert, once, if nobody else is doing it: as a step on the record's ticket, or on a
     * ticket of its own when the record became none. Waits (returns false) while the record's ticket is still to come.
     */
    boolean notify(long alertId) {
        Instant now = Instant.now();
        int claimed = db.inTransaction(em -> em.createNativeQuery("UPDATE FQ_CAP_ALERT SET CLAIMED_AT = ? WHERE ID = ?"
                + " AND NOTIFIED = FALSE AND (CLAIMED_AT IS NULL OR CLAIMED_AT < ?)")
                .setParameter(1, Timestamp.from(now)).setParameter(2, alertId)
                .setParameter(3, Timestamp.from(now.minus(CLAIM))).executeUpdate());
        if (claimed == 0) {
            return false;
        }
        AlertEntity alert = db.read(em -> em.find(AlertEntity.class, alertId));
        FieldRecordEntity record = db.read(em -> em.find(FieldRecordEntity.class, alert.recordId()));
        Optional<Account> captain = identity.account(alert.captainId());
        if (captain.isEmpty()) {
            return false;
        }
        Long ticketId = alert.ticketId() != null ? alert.ticketId() : record.ticketId();
        if (ticketId == null && record.ticketPending()) {
            release(alertId);
            return false;
        }
        try {
            if (ticketId == null) {
                RecordTicket own = RecordJson.read(alert.ticketSpec(), RecordTicket.class);
                long created = recordTickets.submit(captain.get(), own).id();
                db.inTransaction(em -> {
                    em.find(AlertEntity.class, alertId).ticket(created);
                    return null;
                });
                ticketId = created;
            } else if (alert.ticketId() == null) {
                long known = ticketId;
                db.inTransaction(em -> {
                    em.find(AlertEntity.class, alertId).ticket(known);
                    return null;
                });
            }
            tickets.recordStep(ticketId, captain.get(), CaptainSteps.ALERT, alert.message(), alert.unitCode());
            db.inTransaction(em -> {
                em.find(AlertEntity.class, alertId).notified();
                return null;
            });
            return true;
        } catch (FengqiaoException e) {
            LOG.warn("Alert {} could not reach {} yet ({}); the sweep tries again", alertId, alert.unitCode(),
                    e.getMessage());
            return false;
        }
    }

    private void release(long alertId) {
        db.inTransaction(em -> em.createNativeQuery("UPDATE FQ_CAP_ALERT SET CLAIMED_AT = NULL WHERE ID = ?")
                .setParameter(1, alertId).executeUpdate());
    }

    /** Alerts not yet told whose claim lapsed: the sweep's work. */
    @SuppressWarnings("unchecked")
    List<Long> waiting() {
        Timestamp lapsed = Timestamp.from(Instant.now().minus(CLAIM));
        List<Object> ids = db.read(em -> em.createNativeQuery("SELECT ID FROM FQ_CAP_ALERT WHERE NOTIFIED = FALSE"
                + " AND (CLAIMED_AT IS NULL OR CLAIMED_AT < ?) ORDER BY ID").setParameter(1, lapsed)
                .setMaxResults(500).getResultList());
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Raises {@value BuiltInRules#HAZARD_OVERDUE} for every hazard whose ticket is still open past the deadline of its
     * severity; the ids of the alerts raised.
     */
    List<Long> raiseOverdueHazards(Instant now) {
        CaptainSettings.Snapshot s = settings.get();
        if (!s.ruleOn(BuiltInRules.HAZARD_OVERDUE, true)) {
            return List.of();
        }
        Duration shortest = s.hazardDeadlines().values().stream().min(Duration::compareTo).orElse(Duration.ofDays(1));
        List<FieldRecordEntity> candidates = db.read(em -> em.createQuery("SELECT r FROM FieldRecordEntity r"
                + " WHERE r.kind = 'hazard' AND r.ticketId IS NOT NULL AND r.recordedAt < :t AND NOT EXISTS"
                + " (SELECT a.id FROM AlertEntity a WHERE a.recordId = r.id AND a.ruleId = :rule)",
                FieldRecordEntity.class).setParameter("t", Timestamp.from(now.minus(shortest)))
                .setParameter("rule", BuiltInRules.HAZARD_OVERDUE).setMaxResults(500).getResultList());
        List<Long> raised = new ArrayList<>();
        for (FieldRecordEntity r : candidates) {
            Object severity = RecordJson.read(r.data()).get("severity");
            Optional<Duration> deadline = s.hazardDeadline(severity == null ? "" : severity.toString());
            if (deadline.isEmpty() || r.recordedAt().plus(deadline.get()).isAfter(now)) {
                continue;
            }
            TicketState state = tickets.ticket(r.ticketId()).ticket().state();
            if (state == TicketState.RESOLVED || state == TicketState.CLOSED || state == TicketState.REJECTED) {
                continue;
            }
            Optional<Account> captain = identity.account(r.captainId());
            if (captain.isEmpty()) {
                continue;
            }
            Warning w = Warning.of("隐患逾期未整改预警：楼长上报的火灾隐患超过整改期限 / Early warning: a fire hazard reported by"
                    + " the building captain is not fixed by its deadline");
            raised.addAll(db.inTransaction(em -> {
                if (raisedBefore(em, BuiltInRules.HAZARD_OVERDUE, r.id().toString())) {
                    return List.<Long>of();
                }
                AddressEntity address = r.addressId() == null ? null : em.find(AddressEntity.class, r.addressId());
                return List.of(store(em, BuiltInRules.HAZARD_OVERDUE, r.toRecord(address), address, captain.get(), w,
                        now));
            }));
        }
        return raised;
    }

    /** Alerts of the precincts at or below the viewer's unit, newest first: precinct staff and leaders. */
    List<Alert> list(Account viewer, boolean openOnly, int page, int size) {
        List<String> units = visibleUnits(viewer);
        return db.read(em -> em.createQuery("SELECT a FROM AlertEntity a WHERE a.unitCode IN :u"
                + (openOnly ? " AND a.ackAt IS NULL" : "") + " ORDER BY a.raisedAt DESC, a.id DESC", AlertEntity.class)
                .setParameter("u", units).setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(EarlyWarning::view).toList());
    }

    Alert acknowledge(Account viewer, long id) {
        List<String> units = visibleUnits(viewer);
        Alert alert = db.inTransaction(em -> {
            AlertEntity a = em.find(AlertEntity.class, id);
            if (a == null || !units.contains(a.unitCode())) {
                throw FengqiaoException.notFound("alert_not_found", "no alert " + id);
            }
            a.acknowledge(viewer.id(), Instant.now());
            return view(a);
        });
        audit.append(AuditEntry.of(viewer, "alert.acknowledged", "captain_alert", String.valueOf(id), alert.rule()));
        return alert;
    }

    private List<String> visibleUnits(Account viewer) {
        if (!viewer.isPolice()) {
            throw FengqiaoException.forbidden("early-warning alerts are for precinct staff and leaders");
        }
        return identity.unitAndDescendants(viewer.staff().unitCode());
    }

    private static Alert view(AlertEntity a) {
        return new Alert(a.id(), a.ruleId(), a.recordId(), a.ticketId(), a.unitCode(), a.captainId(), a.message(),
                a.raisedAt(), a.ackBy(), a.ackAt());
    }
}
