package org.fengqiao.cogovernance.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.Role;
import org.fengqiao.linkage.api.DepartmentLinkage;
import org.fengqiao.linkage.api.LinkageRegistry;
import org.fengqiao.persistence.api.Transactions;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.ticketing.api.FollowService;
import org.fengqiao.ticketing.api.NewTicket;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hand-offs (F2): a team member passes an issue to another role of the team or to a department linkage, with a
 * reason and an acceptance deadline; the receiver accepts, declines (back to the sender) or hands it on, and reports
 * it done. Every step is on the ticket's public timeline, and everyone involved follows the ticket, so they hear of
 * each step. An unanswered hand-off moves up the organisation tree once per level.
 */
@Component(service = Handoffs.class)
public class Handoffs {

    static final Account SYSTEM = new Account(0, "system", "系统 System", null, Set.of(), null, Instant.EPOCH);
    private static final Logger LOG = LoggerFactory.getLogger(Handoffs.class);
    private static final int MAX_REASON = 2000;
    private static final Duration LONGEST_WINDOW = Duration.ofDays(90);

    private final CogovernanceDatabase db;
    private final Teams teams;
    private final TicketService tickets;
    private final FollowService follows;
    private final IdentityService identity;
    private final CogovernanceSettings settings;
    /** Department linkages come and go with their plugins; hand-offs to them need one installed. */
    private final List<LinkageRegistry> linkageRegistries = new CopyOnWriteArrayList<>();

    @Activate
    public Handoffs(@Reference CogovernanceDatabase db, @Reference Teams teams, @Reference TicketService tickets,
            @Reference FollowService follows, @Reference IdentityService identity,
            @Reference CogovernanceSettings settings, @Reference CogovernanceSteps stepsRegistered) {
        this.db = db;
        this.teams = teams;
        this.tickets = tickets;
        this.follows = follows;
        this.identity = identity;
        this.settings = settings;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addLinkageRegistry(LinkageRegistry registry) {
        linkageRegistries.add(registry);
    }

    void removeLinkageRegistry(LinkageRegistry registry) {
        linkageRegistries.remove(registry);
    }

    // hand off

    Handoff handOff(Account sender, NewHandoff h) {
        Problems problems = new Problems();
        if (h.ticketId() == null && h.ticket() == null) {
            problems.add("ticketId", "required", "name the ticket (ticketId) or describe a new one (ticket)");
        } else if (h.ticketId() != null && h.ticket() != null) {
            problems.add("ticket", "one_of", "give ticketId or ticket, not both");
        }
        problems.text("reason", h.reason(), true, MAX_REASON);
        problems.throwIfAny();
        Team team = senderTeam(sender, h.teamId());
        Receiver to = receiver(team, h.toRole(), h.toLinkage());
        Instant now = Instant.now();
        Instant acceptBy = acceptBy(h.acceptBy(), now);
        Ticket ticket = h.ticketId() != null ? tickets.ticket(h.ticketId(), sender).ticket()
                : tickets.submit(sender, new NewTicket(h.ticket().boardId(), h.ticket().category(), h.ticket().title(),
                        h.ticket().body(), h.ticket().fields(), null));
        if (!ticket.state().isOpen()) {
            throw new FengqiaoException(ErrorKind.CONFLICT, "ticket_closed", "ticket " + ticket.id() + " is "
                    + ticket.state().code() + "; only open tickets are handed off");
        }
        String fromRole = team.rolesOf(sender.id()).stream().findFirst().orElse(null);
        Handoff created = db.inTransaction(em -> {
            Teams.lock(em, team.id());
            List<HandoffEntity> open = em.createQuery("SELECT h FROM HandoffEntity h WHERE h.ticketId = :t"
                    + " AND h.teamId = :team AND h.state IN :open", HandoffEntity.class).setParameter("t", ticket.id())
                    .setParameter("team", team.id()).setParameter("open", List.of("pending", "accepted"))
                    .getResultList();
            if (open.stream().map(HandoffEntity::view).anyMatch(o -> o.to().equals(to.target()))) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "already_handed_off", "ticket " + ticket.id()
                        + " is already with " + to.label() + " in this team");
            }
            Long returned = em.createQuery("SELECT h.id FROM HandoffEntity h WHERE h.ticketId = :t AND h.teamId = :team"
                    + " AND h.state = 'declined' AND h.fromId = :me AND NOT EXISTS (SELECT n.id FROM HandoffEntity n"
                    + " WHERE n.previousId = h.id)", Long.class).setParameter("t", ticket.id())
                    .setParameter("team", team.id()).setParameter("me", sender.id()).getResultList().stream()
                    .findFirst().orElse(null);
            HandoffEntity e = new HandoffEntity(ticket.id(), team.id(), returned, sender.id(), fromRole, to.target(),
                    to.unit(), h.reason().strip(), acceptBy, now);
            em.persist(e);
            em.flush();
            return e.view();
        });
        involve(ticket.id(), sender.id(), to.people());
        step(created, sender, CogovernanceSteps.HANDED_OFF, "移交给 handed to " + to.label() + "：" + created.reason()
                + "（" + acceptBy + " 前接收 accept by）", to.alertUnit());
        return created;
    }

    Handoff accept(Account actor, long id, int version) {
        Handoff h = answer(actor, id, version, List.of(Handoff.State.PENDING), e -> e.answer(Handoff.State.ACCEPTED,
                actor.id(), null, Instant.now()));
        step(h, actor, CogovernanceSteps.ACCEPTED, "已接收 accepted", null);
        return h;
    }

    Handoff decline(Account actor, long id, int version, String reason) {
        requireReason(reason);
        Handoff h = answer(actor, id, version, List.of(Handoff.State.PENDING), e -> e.answer(Handoff.State.DECLINED,
                actor.id(), reason.strip(), Instant.now()));
        step(h, actor, CogovernanceSteps.DECLINED, "退回 declined, back to the sender：" + reason.strip(), null);
        return h;
    }

    /** Hands it on to another role or linkage: this hand-off ends, a new one starts with the same ticket. */
    Handoff forward(Account actor, long id, int version, String toRole, String toLinkage, String reason,
            Instant acceptBy) {
        requireReason(reason);
        Handoff current = handoff(id);
        Team team = teams.team(current.teamId());
        Receiver to = receiver(team, toRole, toLinkage);
        Instant now = Instant.now();
        Instant due = acceptBy(acceptBy, now);
        String fromRole = team.rolesOf(actor.id()).stream().findFirst().orElse(null);
        Handoff[] next = new Handoff[1];
        answer(actor, id, version, List.of(Handoff.State.PENDING, Handoff.State.ACCEPTED), (em, e) -> {
            e.answer(Handoff.State.FORWARDED, actor.id(), reason.strip(), now);
            HandoffEntity n = new HandoffEntity(current.ticketId(), current.teamId(), id, actor.id(), fromRole,
                    to.target(), to.unit(), reason.strip(), due, now);
            em.persist(n);
            em.flush();
            next[0] = n.view();
        });
        involve(current.ticketId(), actor.id(), to.people());
        step(next[0], actor, CogovernanceSteps.FORWARDED, "转交给 handed on to " + to.label() + "：" + reason.strip(),
                to.alertUnit());
        return next[0];
    }

    Handoff done(Account actor, long id, int version, String note) {
        Problems problems = new Problems();
        problems.text("note", note, true, MAX_REASON).throwIfAny();
        Handoff h = answer(actor, id, version, List.of(Handoff.State.ACCEPTED),
                e -> e.done(actor.id(), note.strip(), Instant.now()));
        step(h, actor, CogovernanceSteps.DONE, "办结 settled：" + note.strip(), null);
        return h;
    }

    /** The hand-off, or 404; anyone who may read its ticket may read it. */
    Handoff handoff(long id, Account viewer) {
        Handoff h = handoff(id);
        tickets.ticket(h.ticketId(), viewer);
        return h;
    }

    Handoff handoff(long id) {
        HandoffEntity e = db.read(em -> em.find(HandoffEntity.class, id));
        if (e == null) {
            throw FengqiaoException.notFound("handoff_not_found", "no hand-off " + id);
        }
        return e.view();
    }

    /** A ticket's hand-offs, oldest first, for anyone who may read the ticket. */
    List<Handoff> ofTicket(long ticketId, Account viewer) {
        tickets.ticket(ticketId, viewer);
        return db.read(em -> em.createQuery("SELECT h FROM HandoffEntity h WHERE h.ticketId = :t ORDER BY h.id",
                HandoffEntity.class).setParameter("t", ticketId).getResultList().stream().map(HandoffEntity::view)
                .toList());
    }

    /** Open hand-offs and declined ones not yet handed again, of a team: what its queue shows. */
    List<Handoff> queue(long teamId) {
        return db.read(em -> em.createQuery("SELECT h FROM HandoffEntity h WHERE h.teamId = :t AND (h.state IN :open"
                + " OR (h.state = 'declined' AND NOT EXISTS (SELECT n.id FROM HandoffEntity n"
                + " WHERE n.previousId = h.id))) ORDER BY h.acceptBy, h.id", HandoffEntity.class)
                .setParameter("t", teamId).setParameter("open", List.of("pending", "accepted")).getResultList()
                .stream().map(HandoffEntity::view).toList());
    }

    /** Who may answer a hand-off: see {@link #requireReceiver}. */
    boolean isReceiver(Account actor, Handoff h) {
        if (h.to().role() != null && teams.team(h.teamId()).holdersOf(h.to().role()).contains(actor.id())) {
            return true;
        }
        if (!actor.isStaff()) {
            return false;
        }
        List<String> mine = identity.unitAndDescendants(actor.staff().unitCode());
        boolean departmentStaff = h.to().linkage() != null && mine.contains(h.toUnit())
                && (actor.hasRole(Role.DEPARTMENT_STAFF) || actor.hasRole(Role.LEADER));
        boolean escalatedTo = h.escalationUnit() != null && actor.hasRole(Role.LEADER)
                && mine.contains(h.escalationUnit());
        return departmentStaff || escalatedTo;
    }

    /** The ticket was resolved: its open hand-offs are settled with it. */
    void ticketResolved(long ticketId, Instant at) {
        db.inTransaction(em -> {
            em.createQuery("SELECT h FROM HandoffEntity h WHERE h.ticketId = :t AND h.state IN :open",
                    HandoffEntity.class).setParameter("t", ticketId).setParameter("open", List.of("pending",
                            "accepted")).getResultList().forEach(h -> h.done(0, "工单已办结 ticket resolved", at));
            return null;
        });
    }

    // escalation

    /** Moves unanswered hand-offs past their deadline one level up the organisation tree; returns how many moved. */
    int escalateOverdue(Instant now) {
        Duration interval = settings.get().escalationInterval();
        List<Handoff> overdue = db.read(em -> em.createQuery("SELECT h FROM HandoffEntity h WHERE h.state = 'pending'"
                + " AND h.acceptBy < :now AND (h.escalatedAt IS NULL OR h.escalatedAt < :since)", HandoffEntity.class)
                .setParameter("now", Timestamp.from(now)).setParameter("since", Timestamp.from(now.minus(interval)))
                .getResultList().stream().map(HandoffEntity::view).toList());
        int moved = 0;
        for (Handoff h : overdue) {
            String fromCode = h.escalationUnit() != null ? h.escalationUnit() : h.toUnit();
            Optional<OrgUnit> from = identity.unit(fromCode);
            Optional<OrgUnit> to = from.map(OrgUnit::parentCode).flatMap(identity::unit);
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            try {
                if (escalate(h, from.get(), to.get(), now)) {
                    moved++;
                    step(handoff(h.id()), SYSTEM, CogovernanceSteps.ESCALATED, "移交逾期未接收，升级 hand-off overdue,"
                            + " escalated: " + from.get().nameZh() + " → " + to.get().nameZh(), to.get().code());
                }
            } catch (PersistenceException e) {
                if (!Transactions.isDuplicateKey(e)) {
                    LOG.warn("Escalation of hand-off {} skipped this round: {}", h.id(), e.toString());
                }
            }
        }
        if (moved > 0) {
            LOG.info("Escalated {} overdue hand-offs", moved);
        }
        return moved;
    }

    /** One level, once: the level's row is inserted first, so of sweeps racing (on several nodes) one wins. */
    private boolean escalate(Handoff h, OrgUnit from, OrgUnit to, Instant now) {
        return db.inTransaction(em -> {
            em.createNativeQuery("INSERT INTO FQ_COG_ESCALATION (HANDOFF_ID, ESCALATION_LEVEL, FROM_UNIT, TO_UNIT,"
                    + " ESCALATED_AT) VALUES (?, ?, ?, ?, ?)").setParameter(1, h.id())
                    .setParameter(2, h.escalationLevel() + 1).setParameter(3, from.code()).setParameter(4, to.code())
                    .setParameter(5, Timestamp.from(now)).executeUpdate();
            int changed = em.createNativeQuery("UPDATE FQ_COG_HANDOFF SET ESCALATION_UNIT = ?, ESCALATION_LEVEL = ?,"
                    + " ESCALATED_AT = ?, ROW_VERSION = ROW_VERSION + 1 WHERE ID = ? AND ESCALATION_LEVEL = ?"
                    + " AND STATE = 'pending'").setParameter(1, to.code()).setParameter(2, h.escalationLevel() + 1)
                    .setParameter(3, Timestamp.from(now)).setParameter(4, h.id())
                    .setParameter(5, h.escalationLevel()).executeUpdate();
            if (changed != 1) {
                // answered or escalated meanwhile: take no level
                em.createNativeQuery("DELETE FROM FQ_COG_ESCALATION WHERE HANDOFF_ID = ? AND ESCALATION_LEVEL = ?")
                        .setParameter(1, h.id()).setParameter(2, h.escalationLevel() + 1).executeUpdate();
            }
            return changed == 1;
        });
    }

    // parts

    /** Who receives a hand-off: the role's holder and substitutes, or a department's staff. */
    private record Receiver(Handoff.Target target, String unit, List<Long> people, String label, String alertUnit) {
    }

    private Receiver receiver(Team team, String toRole, String toLinkage) {
        boolean role = toRole != null && !toRole.isBlank();
        boolean linkage = toLinkage != null && !toLinkage.isBlank();
        if (role == linkage) {
            throw FengqiaoException.invalid(List.of(new Problem("toRole", "one_of",
                    "name one receiver: toRole (a role of the team) or toLinkage (a department)")));
        }
        if (role) {
            String code = toRole.strip();
            CogovernanceSettings.TeamRole r = settings.get().role(code).orElseThrow(() -> FengqiaoException.invalid(
                    List.of(new Problem("toRole", "unknown_role", code + " is not a team role; the roles are "
                            + settings.get().roles().stream().map(CogovernanceSettings.TeamRole::code).toList()))));
            List<Long> holders = team.holdersOf(code);
            if (holders.isEmpty()) {
                throw FengqiaoException.invalid(List.of(new Problem("toRole", "role_vacant", "nobody holds the role "
                        + code + " in team " + team.id())));
            }
            return new Receiver(new Handoff.Target(code, null), team.community(), holders,
                    r.label().zh() + " " + r.label().en(), null);
        }
        String id = toLinkage.strip();
        DepartmentLinkage l = linkageRegistries.stream().flatMap(reg -> reg.linkage(id).stream()).findFirst()
                .orElseThrow(() -> FengqiaoException.invalid(List.of(new Problem("toLinkage", "unknown_linkage",
                        "no department linkage " + id + " is installed"))));
        return new Receiver(new Handoff.Target(null, id), l.departmentUnit(), List.of(),
                l.name().zh() + " " + l.name().en(), l.departmentUnit());
    }

    private Team senderTeam(Account sender, Long teamId) {
        if (teamId != null) {
            Team team = teams.team(teamId);
            if (!team.isMember(sender.id())) {
                throw FengqiaoException.forbidden("only members of team " + teamId + " hand off in its name");
            }
            return team;
        }
        List<Team> mine = teams.teamsOf(sender.id());
        if (mine.isEmpty()) {
            throw FengqiaoException.forbidden("hand-offs are made by members of a five-in-one team");
        }
        if (mine.size() > 1) {
            throw FengqiaoException.invalid(List.of(new Problem("teamId", "required", "you are in teams "
                    + mine.stream().map(Team::id).toList() + "; name the one you hand off for")));
        }
        return mine.get(0);
    }

    private Instant acceptBy(Instant asked, Instant now) {
        if (asked == null) {
            return now.plus(settings.get().acceptWithin());
        }
        if (!asked.isAfter(now) || asked.isAfter(now.plus(LONGEST_WINDOW))) {
            throw FengqiaoException.invalid(List.of(new Problem("acceptBy", "out_of_range",
                    "acceptBy must lie in the next " + LONGEST_WINDOW.toDays() + " days")));
        }
        return asked;
    }

    private static void requireReason(String reason) {
        new Problems().text("reason", reason, true, MAX_REASON).throwIfAny();
    }

    private interface Change {
        void apply(EntityManager em, HandoffEntity e);
    }

    private Handoff answer(Account actor, long id, int version, List<Handoff.State> from,
            java.util.function.Consumer<HandoffEntity> change) {
        return answer(actor, id, version, from, (em, e) -> change.accept(e));
    }

    /** A receiver's answer: checked against the receiver, the version and the state, in one transaction. */
    private Handoff answer(Account actor, long id, int version, List<Handoff.State> from, Change change) {
        Handoff before = handoff(id);
        if (!isReceiver(actor, before)) {
            throw FengqiaoException.forbidden("hand-off " + id + " is answered by " + (before.to().role() != null
                    ? "the holder of the role " + before.to().role() + " or a substitute"
                    : "staff of the department " + before.toUnit()) + (before.escalationUnit() == null ? ""
                    : ", or leaders of " + before.escalationUnit()));
        }
        try {
            return db.inTransaction(em -> {
                HandoffEntity e = em.find(HandoffEntity.class, id);
                if (e.version() != version) {
                    throw Teams.stale(e.version());
                }
                if (!from.contains(e.state())) {
                    throw new FengqiaoException(ErrorKind.CONFLICT, "invalid_handoff_transition", "hand-off " + id
                            + " is " + e.state().code());
                }
                change.apply(em, e);
                em.flush();
                return e.view();
            });
        } catch (OptimisticLockException e) {
            throw Teams.stale(handoff(id).version());
        }
    }

    /** The sender and receivers follow the ticket, so that they hear of every step. */
    private void involve(long ticketId, long senderId, List<Long> receivers) {
        List<Long> people = new ArrayList<>(receivers);
        people.add(senderId);
        Map<Long, Account> accounts = identity.accounts(people);
        accounts.values().forEach(a -> {
            try {
                follows.follow(ticketId, a);
            } catch (FengqiaoException e) {
                LOG.debug("{} cannot follow ticket {}: {}", a.username(), ticketId, e.getMessage());
            }
        });
    }

    private void step(Handoff h, Account actor, TimelineEntry.Kind kind, String body, String alertUnit) {
        tickets.recordStep(h.ticketId(), actor, kind, body, alertUnit);
    }
}
