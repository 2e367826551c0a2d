package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.PersistenceException;

import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.platform.api.Settings;
import org.fengqiao.persistence.api.Transactions;
import org.fengqiao.ticketing.api.EscalationService;
import org.fengqiao.ticketing.api.TicketState;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalates overdue tickets one level up the organisation tree. A ticket escalates again only after
 * {@code escalation.interval} (ISO-8601, default one day) in configuration PID {@value TicketServiceImpl#PID}.
 */
@Component(service = EscalationService.class, configurationPid = TicketServiceImpl.PID)
public class EscalationServiceImpl implements EscalationService {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationServiceImpl.class);
    static final List<String> OPEN = List.of(TicketState.SUBMITTED.code(), TicketState.ACCEPTED.code(),
            TicketState.ASSIGNED.code(), TicketState.IN_PROGRESS.code(), TicketState.REOPENED.code());

    /** At most this many tickets a round: a backlog moves up over a few rounds, not in one long one. */
    static final int BATCH = 500;

    private record Candidate(long id, String unitCode, int level) {
    }

    private final TicketingDatabase db;
    private final IdentityService identity;
    private final TicketRecords records;
    private final TicketEvents events;
    private volatile Duration interval;

    @Activate
    public EscalationServiceImpl(@Reference TicketingDatabase db, @Reference IdentityService identity,
            @Reference TicketRecords records, @Reference TicketEvents events, TicketingConfig config) {
        this.db = db;
        this.identity = identity;
        this.records = records;
        this.events = events;
        modified(config);
    }

    @Modified
    void modified(TicketingConfig config) {
        interval = Settings.duration("escalation.interval", config.escalation_interval(), Duration.ofDays(1));
    }

    @Override
    public int escalateOverdue(Instant now) {
        Timestamp at = Timestamp.from(now);
        // a ticket at the top of the tree has nowhere to go: it is not read again every round
        List<String> tops = identity.units().stream().filter(u -> u.parentCode() == null).map(OrgUnit::code).toList();
        List<Candidate> candidates = db.read(em -> {
            var query = em.createQuery("SELECT t.id, t.unitCode, t.escalationLevel, t.boardId"
                    + " FROM TicketEntity t WHERE t.state IN :open AND t.unitCode IS NOT NULL"
                    + (tops.isEmpty() ? "" : " AND t.unitCode NOT IN :tops")
                    + " AND ((t.firstResponseAt IS NULL AND t.firstResponseDue < :now) OR t.resolutionDue < :now)"
                    + " AND (t.escalatedAt IS NULL OR t.escalatedAt < :since) ORDER BY t.id", Object[].class)
                    .setParameter("open", OPEN).setParameter("now", at)
                    .setParameter("since", Timestamp.from(now.minus(interval)));
            if (!tops.isEmpty()) {
                query.setParameter("tops", tops);
            }
            List<Object[]> rows = query.setMaxResults(BATCH).getResultList();
            return rows.stream().filter(r -> records.isInstalled((String) r[3]))
                    .map(r -> new Candidate(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue()))
                    .toList();
        });
        int moved = 0;
        for (Candidate c : candidates) {
            Optional<OrgUnit> unit = identity.unit(c.unitCode());
            Optional<OrgUnit> parent = unit.map(OrgUnit::parentCode).flatMap(identity::unit);
            try {
                if (parent.isPresent() && escalate(c, unit.get(), parent.get(), now)) {
                    moved++;
                }
            } catch (PersistenceException e) {
                // a sweep on another thread or node took this level (duplicate key), or holds the ticket: it escalates
                // it, or the next run does
                if (!Transactions.isDuplicateKey(e)) {
                    LOG.warn("Escalation of ticket {} skipped this round: {}", c.id(), e.toString());
                }
            }
        }
        if (moved > 0) {
            LOG.info("Escalated {} overdue tickets", moved);
        }
        return moved;
    }

    /** The conditional update: of sweeps racing on the same ticket and level, exactly one succeeds. */
    private boolean escalate(Candidate c, OrgUnit from, OrgUnit to, Instant now) {
        return db.inTransaction(em -> {
            // the level's row first: its primary key lets one sweep only take each level, on any database
            em.createNativeQuery("INSERT INTO FQ_TICKET_ESCALATION (TICKET_ID, ESCALATION_LEVEL, FROM_UNIT, TO_UNIT,"
                    + " ESCALATED_AT) VALUES (?, ?, ?, ?, ?)").setParameter(1, c.id()).setParameter(2, c.level() + 1)
                    .setParameter(3, from.code()).setParameter(4, to.code()).setParameter(5, Timestamp.from(now))
                    .executeUpdate();
            // SQL, not JPQL: OpenJPA writes a bulk JPQL update on Derby as "WHERE ID IN (subselect)", a scan of the
            // table; the version goes up as it did then, so a transition seen before the move is stale
            int updated = em.createNativeQuery("UPDATE FQ_TICKET SET UNIT_CODE = ?, ESCALATION_LEVEL = ?,"
                    + " ESCALATED_AT = ?, ROW_VERSION = ROW_VERSION + 1"
                    + " WHERE ID = ? AND ESCALATION_LEVEL = ? AND UNIT_CODE = ?")
                    .setParameter(1, to.code()).setParameter(2, c.level() + 1).setParameter(3, Timestamp.from(now))
                    .setParameter(4, c.id()).setParameter(5, c.level()).setParameter(6, from.code()).executeUpdate();
            if (updated == 1) {
                em.persist(new TimelineEntryEntity(c.id(), TimelineEntry.Kind.ESCALATED, null, null, null,
                        "逾期升级 Overdue, escalated: " + from.nameZh() + " → " + to.nameZh(), TicketRecords.SYSTEM,
                        null, now));
                events.record(em, records.toTicket(em.find(TicketEntity.class, c.id())), TimelineEntry.Kind.ESCALATED,
                        null, TicketRecords.SYSTEM, now);
            } else {
                em.createNativeQuery("DELETE FROM FQ_TICKET_ESCALATION WHERE TICKET_ID = ? AND ESCALATION_LEVEL = ?")
                        .setParameter(1, c.id()).setParameter(2, c.level() + 1).executeUpdate();
            }
            return updated == 1;
        });
    }
}
