package org.fengqiao.linkage.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.Role;
import org.fengqiao.linkage.api.DepartmentLinkage;
import org.fengqiao.linkage.api.Delivery;
import org.fengqiao.linkage.api.Dispatch;
import org.fengqiao.linkage.api.DispatchService;
import org.fengqiao.linkage.api.DispatchState;
import org.fengqiao.linkage.api.LinkageCategory;
import org.fengqiao.linkage.api.LinkageRegistry;
import org.fengqiao.linkage.api.NewDispatch;
import org.fengqiao.linkage.api.Suggestion;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.platform.api.Settings;
import org.fengqiao.persistence.api.Cluster;
import org.fengqiao.persistence.api.Transactions;
import org.fengqiao.ticketing.api.FollowService;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketPolicy;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.TicketState;
import org.fengqiao.ticketing.api.TimelineEntry.Kind;
import org.fengqiao.ticketing.api.Transition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches tickets to departments and carries their answers back to the ticket's public timeline. Configuration
 * PID {@value #PID}: classification rules (see {@link ClassificationRules}), {@code escalation.interval} (ISO-8601,
 * default one day) and {@code open311.timeout} (default 10 s).
 */
@Component(service = DispatchService.class, configurationPid = DispatchServiceImpl.PID)
@Designate(ocd = LinkageConfig.class)
public class DispatchServiceImpl implements DispatchService {

    static final String PID = "org.fengqiao.linkage";
    private static final Logger LOG = LoggerFactory.getLogger(DispatchServiceImpl.class);
    private static final Account SYSTEM = new Account(0, "system", "系统 System", null, Set.of(), null, Instant.EPOCH);
    private static final Set<Role> DEPARTMENT_ROLES = EnumSet.of(Role.DEPARTMENT_STAFF, Role.LEADER);
    private static final int MAX_NOTE = 2000;
    private static final int MAX_FEEDBACK = 4000;

    private final LinkageDatabase db;
    private final LinkageRegistry linkages;
    private final TicketService tickets;
    private final FollowService follows;
    private final TicketPolicy policy;
    private final IdentityService identity;
    private final Cluster.Lease open311Lease;
    private final ExecutorService deliveries = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fengqiao-open311-delivery");
        t.setDaemon(true);
        return t;
    });
    private volatile ClassificationRules rules;
    private volatile Duration escalationInterval;
    private volatile Open311Client open311;

    @Activate
    public DispatchServiceImpl(@Reference LinkageDatabase db, @Reference LinkageRegistry linkages,
            @Reference TicketService tickets, @Reference FollowService follows, @Reference IdentityService identity,
            @Reference LinkageSteps stepsRegistered, @Reference TicketPolicy policy, @Reference Cluster cluster,
            LinkageConfig config, Map<String, Object> properties) {
        this.db = db;
        this.open311Lease = cluster.lease("open311:delivery");
        this.policy = policy;
        this.linkages = linkages;
        this.tickets = tickets;
        this.follows = follows;
        this.identity = identity;
        modified(config, properties);
    }

    @Modified
    void modified(LinkageConfig config, Map<String, Object> properties) {
        rules = new ClassificationRules(properties);
        escalationInterval = Settings.duration("escalation.interval", config.escalation_interval(),
                Duration.ofDays(1));
        open311 = new Open311Client(Settings.duration("open311.timeout", config.open311_timeout(),
                Duration.ofSeconds(10)));
    }

    @Deactivate
    void deactivate() {
        deliveries.shutdownNow();
    }

    @Override
    public List<Suggestion> suggest(long ticketId, Account staff) {
        requireStaff(staff);
        Ticket ticket = tickets.ticket(ticketId, staff).ticket();
        return rules.suggest(ticket).stream()
                .filter(s -> linkages.linkage(s.linkageId()).flatMap(l -> l.category(s.category())).isPresent())
                .toList();
    }

    @Override
    public Dispatch dispatch(Account staff, NewDispatch d) {
        requireStaff(staff);
        Problems problems = new Problems();
        if (d.ticketId() == null) {
            problems.add("ticketId", "required", "ticketId is required");
        }
        problems.text("linkage", d.linkageId(), true, 64);
        problems.text("category", d.category(), true, 64);
        problems.text("note", d.note(), false, MAX_NOTE);
        problems.throwIfAny();
        DepartmentLinkage linkage = installed(d.linkageId());
        LinkageCategory category = linkage.category(d.category()).orElseThrow(() -> FengqiaoException.invalid(
                List.of(new org.fengqiao.platform.api.Problem("category", "unknown_category",
                        "linkage " + linkage.id() + " has no category '" + d.category() + "'"))));
        Ticket ticket = tickets.ticket(d.ticketId(), staff).ticket();
        requireResponsibleFor(staff, ticket);
        OrgUnit department = identity.unit(linkage.departmentUnit()).orElseThrow(() -> new FengqiaoException(
                ErrorKind.CONFLICT, "department_unit_unknown", "linkage " + linkage.id() + " names unit '"
                        + linkage.departmentUnit() + "', which is not in the organisation tree"));
        Delivery delivery = linkage.delivery();
        String serviceCode = null;
        if (delivery.mode() == Delivery.Mode.OPEN311) {
            serviceCode = delivery.serviceCode(category.code()).orElseThrow(() -> new FengqiaoException(
                    ErrorKind.CONFLICT, "no_service_code", "linkage " + linkage.id() + " delivers over Open311 but "
                            + "has no open311.service_code." + category.code() + " configured"));
        }
        if (!ticket.state().isOpen() || ticket.state() == TicketState.RESOLVED) {
            throw new FengqiaoException(ErrorKind.CONFLICT, "ticket_not_open",
                    "ticket " + ticket.id() + " is " + ticket.state().code() + "; only open tickets are dispatched");
        }
        boolean alreadyOpen = db.inTransaction(em -> em.createQuery("SELECT COUNT(d) FROM DispatchEntity d"
                + " WHERE d.ticketId = :ticket AND d.linkageId = :linkage AND d.state IN :open", Long.class)
                .setParameter("ticket", ticket.id()).setParameter("linkage", linkage.id())
                .setParameter("open", List.of(DispatchState.DISPATCHED.code(), DispatchState.ACCEPTED.code(),
                        DispatchState.ANSWERED.code()))
                .getSingleResult()) > 0;
        if (alreadyOpen) {
            throw new FengqiaoException(ErrorKind.CONFLICT, "dispatch_open",
                    "ticket " + ticket.id() + " already has an open dispatch to " + linkage.id());
        }
        if (ticket.state() == TicketState.SUBMITTED || ticket.state() == TicketState.REOPENED) {
            // unified acceptance: whoever dispatches a new post accepts it for the platform
            tickets.transition(ticket.id(), staff, new Transition("accept", ticket.version(), null,
                    "受理并分派 Accepted for dispatch"));
        }
        Instant now = Instant.now();
        String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        String code = serviceCode;
        Dispatch created = db.inTransaction(em -> {
            DispatchEntity entity = new DispatchEntity(ticket.id(), linkage.id(), category.code(), department.code(),
                    note, staff, now, now.plus(category.acceptWithin()), now.plus(category.resolveWithin()),
                    delivery.mode(), code);
            em.persist(entity);
            em.flush();
            return entity.toDispatch();
        });
        follows.follow(ticket.id(), staff);
        tickets.recordStep(ticket.id(), staff, LinkageSteps.DISPATCHED, "分派至" + department.nameZh() + "（"
                + category.name().zh() + "） Dispatched to " + department.nameEn() + " (" + category.name().en()
                + ")" + (note == null ? "" : "：" + note), department.code());
        if (delivery.mode() == Delivery.Mode.OPEN311) {
            deliveries.execute(() -> deliverQuietly(created.id()));
        }
        return created;
    }

    @Override
    public Dispatch dispatch(long id, Account viewer) {
        Dispatch dispatch = db.inTransaction(em -> find(em, id).toDispatch());
        tickets.ticket(dispatch.ticketId(), viewer);
        return dispatch;
    }

    @Override
    public List<Dispatch> ofTicket(long ticketId, Account viewer) {
        tickets.ticket(ticketId, viewer);
        return db.inTransaction(em -> em.createQuery("SELECT d FROM DispatchEntity d WHERE d.ticketId = :ticket"
                + " ORDER BY d.id", DispatchEntity.class).setParameter("ticket", ticketId).getResultList().stream()
                .filter(d -> linkages.linkage(d.linkageId()).isPresent()).map(DispatchEntity::toDispatch).toList());
    }

    @Override
    public List<Dispatch> queue(Account staff, QueueScope scope) {
        requireStaff(staff);
        List<DispatchEntity> found = db.inTransaction(em -> scope == QueueScope.DEPARTMENT
                ? em.createQuery("SELECT d FROM DispatchEntity d WHERE d.unitCode IN :units AND d.state IN :open"
                        + " ORDER BY d.due, d.id", DispatchEntity.class)
                        .setParameter("units", identity.unitAndDescendants(staff.staff().unitCode()))
                        .setParameter("open", List.of(DispatchState.DISPATCHED.code(), DispatchState.ACCEPTED.code()))
                        .getResultList()
                : em.createQuery("SELECT d FROM DispatchEntity d WHERE d.dispatcherId = :me AND d.state IN :back"
                        + " ORDER BY d.id", DispatchEntity.class).setParameter("me", staff.id())
                        .setParameter("back", List.of(DispatchState.ANSWERED.code(), DispatchState.RETURNED.code()))
                        .getResultList());
        return found.stream().filter(d -> linkages.linkage(d.linkageId()).isPresent())
                .map(DispatchEntity::toDispatch).toList();
    }

    @Override
    public Dispatch accept(long id, Account staff, int version) {
        return act(id, version, staff, true, EnumSet.of(DispatchState.DISPATCHED), "accept",
                d -> d.accept(staff, Instant.now()), LinkageSteps.ACCEPTED,
                (dept, d) -> dept.nameZh() + "已受理 Accepted by " + dept.nameEn() + "：" + staff.publicName());
    }

    @Override
    public Dispatch feedback(long id, Account staff, int version, String body) {
        new Problems().text("body", body, true, MAX_FEEDBACK).throwIfAny();
        return act(id, version, staff, true, EnumSet.of(DispatchState.ACCEPTED), "give feedback on",
                d -> d.answer(body.strip(), Instant.now()), LinkageSteps.FEEDBACK,
                (dept, d) -> dept.nameZh() + "反馈 Feedback from " + dept.nameEn() + "：" + body.strip());
    }

    @Override
    public Dispatch reject(long id, Account staff, int version, String reason) {
        new Problems().text("reason", reason, true, MAX_NOTE).throwIfAny();
        return act(id, version, staff, true, EnumSet.of(DispatchState.DISPATCHED, DispatchState.ACCEPTED), "reject",
                d -> d.returnToDispatcher(reason.strip(), Instant.now()), LinkageSteps.REJECTED,
                (dept, d) -> dept.nameZh() + "退回：非本部门职责 Returned by " + dept.nameEn() + "：" + reason.strip());
    }

    @Override
    public Dispatch complete(long id, Account staff, int version, String note) {
        new Problems().text("note", note, false, MAX_NOTE).throwIfAny();
        Dispatch current = db.inTransaction(em -> find(em, id).toDispatch());
        checkVersion(current, version);
        requireDispatcher(staff, current);
        if (current.state() != DispatchState.ANSWERED) {
            throw invalidTransition("complete", current.state());
        }
        Ticket ticket = tickets.ticket(current.ticketId()).ticket();
        String answer = note == null || note.isBlank() ? current.feedback() : note.strip();
        if (EnumSet.of(TicketState.ACCEPTED, TicketState.ASSIGNED, TicketState.IN_PROGRESS).contains(ticket.state())) {
            tickets.transition(ticket.id(), staff, new Transition("resolve", ticket.version(), null, answer));
        }
        return act(id, version, staff, false, EnumSet.of(DispatchState.ANSWERED), "complete",
                d -> d.complete(Instant.now()), null, null);
    }

    @Override
    public Dispatch sendBack(long id, Account staff, int version, String reason) {
        new Problems().text("reason", reason, true, MAX_NOTE).throwIfAny();
        return act(id, version, staff, false, EnumSet.of(DispatchState.ANSWERED), "send back",
                d -> d.sendBack(reason.strip(), Instant.now()), LinkageSteps.SENT_BACK,
                (dept, d) -> "退回" + dept.nameZh() + "重办 Sent back to " + dept.nameEn() + "：" + reason.strip());
    }

    private interface StepText {
        String of(OrgUnit department, DispatchEntity dispatch);
    }

    /** One action on a dispatch: checks who and when, applies it, records it on the ticket's timeline. */
    private Dispatch act(long id, int version, Account actor, boolean byDepartment, Set<DispatchState> from,
            String verb, Consumer<DispatchEntity> change, Kind kind, StepText text) {
        requireStaff(actor);
        OrgUnit[] department = new OrgUnit[1];
        String[] body = new String[1];
        Dispatch changed;
        try {
            changed = db.inTransaction(em -> {
                DispatchEntity d = find(em, id);
                if (d.version() != version) {
                    throw stale(d.version());
                }
                Dispatch view = d.toDispatch();
                if (byDepartment) {
                    requireDepartmentStaff(actor, view);
                    if (d.isOpen311()) {
                        throw new FengqiaoException(ErrorKind.CONFLICT, "handled_externally", "dispatch " + id
                                + " is worked in the department's own system, which reports back over Open311");
                    }
                } else {
                    requireDispatcher(actor, view);
                }
                if (!from.contains(d.state())) {
                    throw invalidTransition(verb, d.state());
                }
                change.accept(d);
                em.flush();
                department[0] = identity.unit(d.departmentUnit()).orElse(null);
                if (text != null) {
                    body[0] = text.of(department[0] == null ? unknownUnit(d.departmentUnit()) : department[0], d);
                }
                return d.toDispatch();
            });
        } catch (OptimisticLockException e) {
            throw stale(db.inTransaction(em -> find(em, id).version()));
        }
        if (kind != null) {
            String alert = LinkageSteps.SENT_BACK.equals(kind) ? changed.unitCode() : null;
            tickets.recordStep(changed.ticketId(), actor, kind, body[0], alert);
        }
        if (changed.state() == DispatchState.DISPATCHED && changed.external() != null) {
            deliveries.execute(() -> deliverQuietly(changed.id()));
        }
        return changed;
    }

    private static OrgUnit unknownUnit(String code) {
        return new OrgUnit(code, org.fengqiao.identity.api.UnitKind.DEPARTMENT, code, code, null);
    }

    // escalation

    @Override
    public int escalateOverdue(Instant now) {
        Timestamp at = Timestamp.from(now);
        record Candidate(long id, long ticketId, String unitCode, int level) {
        }
        List<Candidate> candidates = db.inTransaction(em -> em.createQuery("SELECT d FROM DispatchEntity d"
                + " WHERE ((d.state = :dispatched AND d.acceptDue < :now) OR (d.state IN :open AND d.due < :now))"
                + " AND (d.escalatedAt IS NULL OR d.escalatedAt < :since)", DispatchEntity.class)
                .setParameter("dispatched", DispatchState.DISPATCHED.code())
                .setParameter("open", List.of(DispatchState.DISPATCHED.code(), DispatchState.ACCEPTED.code()))
                .setParameter("now", at).setParameter("since", Timestamp.from(now.minus(escalationInterval)))
                .getResultList().stream().filter(d -> linkages.linkage(d.linkageId()).isPresent())
                .map(d -> new Candidate(d.id(), d.ticketId(), d.toDispatch().unitCode(), d.toDispatch()
                        .escalationLevel()))
                .toList());
        int moved = 0;
        for (Candidate c : candidates) {
            Optional<OrgUnit> from = identity.unit(c.unitCode());
            Optional<OrgUnit> to = from.map(OrgUnit::parentCode).flatMap(identity::unit);
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            try {
                int updated = db.inTransaction(em -> {
                    // the level's row first: of sweeps racing on this task, only one can insert it
                    em.createNativeQuery("INSERT INTO FQ_DISPATCH_ESCALATION (DISPATCH_ID, ESCALATION_LEVEL,"
                            + " FROM_UNIT, TO_UNIT, ESCALATED_AT) VALUES (?, ?, ?, ?, ?)").setParameter(1, c.id())
                            .setParameter(2, c.level() + 1).setParameter(3, from.get().code())
                            .setParameter(4, to.get().code()).setParameter(5, at).executeUpdate();
                    // SQL, not JPQL: OpenJPA writes a bulk JPQL update on Derby as a subselect that scans the table;
                    // the version goes up as it did then
                    int changed = em.createNativeQuery("UPDATE FQ_DISPATCH SET UNIT_CODE = ?, ESCALATION_LEVEL = ?,"
                            + " ESCALATED_AT = ?, ROW_VERSION = ROW_VERSION + 1"
                            + " WHERE ID = ? AND ESCALATION_LEVEL = ? AND UNIT_CODE = ?")
                            .setParameter(1, to.get().code()).setParameter(2, c.level() + 1).setParameter(3, at)
                            .setParameter(4, c.id()).setParameter(5, c.level()).setParameter(6, from.get().code())
                            .executeUpdate();
                    if (changed != 1) {
                        // the task moved on meanwhile (answered, or escalated by an older sweep): take no level
                        em.createNativeQuery("DELETE FROM FQ_DISPATCH_ESCALATION WHERE DISPATCH_ID = ?"
                                + " AND ESCALATION_LEVEL = ?").setParameter(1, c.id()).setParameter(2, c.level() + 1)
                                .executeUpdate();
                    }
                    return changed;
                });
                if (updated == 1) {
                    moved++;
                    tickets.recordStep(c.ticketId(), SYSTEM, LinkageSteps.ESCALATED, "部门任务逾期升级 Department task overdue,"
                            + " escalated: " + from.get().nameZh() + " → " + to.get().nameZh(), to.get().code());
                }
            } catch (PersistenceException e) {
                if (!Transactions.isDuplicateKey(e)) {
                    LOG.warn("Escalation of dispatch {} skipped this round: {}", c.id(), e.toString());
                }
            }
        }
        if (moved > 0) {
            LOG.info("Escalated {} overdue department tasks", moved);
        }
        return moved;
    }

    // Open311 delivery and status

    @Override
    public int synchronise() {
        Instant now = Instant.now();
        List<Long> pending = db.inTransaction(em -> em.createQuery("SELECT d FROM DispatchEntity d"
                + " WHERE d.deliveryMode = :open311 AND d.state IN :open"
                + " AND (d.nextAttemptAt IS NULL OR d.nextAttemptAt <= :now)", DispatchEntity.class)
                .setParameter("open311", Delivery.Mode.OPEN311.name())
                .setParameter("open", List.of(DispatchState.DISPATCHED.code(), DispatchState.ACCEPTED.code()))
                .setParameter("now", Timestamp.from(now)).getResultList().stream()
                .filter(d -> linkages.linkage(d.linkageId()).isPresent()).map(DispatchEntity::id).toList());
        int changed = 0;
        for (long id : pending) {
            if (synchroniseOne(id)) {
                changed++;
            }
        }
        return changed;
    }

    private void deliverQuietly(long id) {
        try {
            synchroniseOne(id);
        } catch (RuntimeException e) {
            LOG.warn("Open311 delivery of dispatch {} failed; the sweep tries again: {}", id, e.toString());
        }
    }

    /**
     * Delivers one dispatch or reads its status back; one at a time, on the node that holds the lease
     * {@code open311:delivery}, so a request is never sent twice (a dispatch made on another node goes with the
     * holder's next sweep).
     */
    private synchronized boolean synchroniseOne(long id) {
        if (!open311Lease.held()) {
            return false;
        }
        DispatchEntity d = db.inTransaction(em -> em.find(DispatchEntity.class, id));
        Optional<DepartmentLinkage> linkage = linkages.linkage(d.linkageId());
        if (linkage.isEmpty() || !d.isOpen311() || !d.state().isWithDepartment()) {
            return false;
        }
        Delivery delivery = linkage.get().delivery();
        if (delivery.mode() != Delivery.Mode.OPEN311) {
            return false;
        }
        Instant now = Instant.now();
        try {
            if (d.externalId() == null && d.externalToken() == null) {
                Ticket ticket = tickets.ticket(d.ticketId()).ticket();
                Open311Client.Created created = open311.create(delivery, d.externalServiceCode(),
                        describe(ticket, d), addressOf(ticket, delivery));
                update(id, e -> e.delivered(created.requestId(), created.token(), now));
                tickets.recordStep(d.ticketId(), departmentSystem(linkage.get()), LinkageSteps.ACCEPTED,
                        linkage.get().name().zh() + "系统已接收 Received by the department's system, request "
                                + (created.requestId() != null ? created.requestId() : "token " + created.token()),
                        null);
                return true;
            }
            String requestId = d.externalId();
            if (requestId == null) {
                Optional<String> known = open311.requestIdForToken(delivery, d.externalToken());
                if (known.isEmpty()) {
                    return false;
                }
                requestId = known.get();
                String resolved = requestId;
                update(id, e -> e.requestIdKnown(resolved));
            }
            String wanted = requestId;
            Optional<Open311Client.Status> status = open311.statuses(delivery, List.of(requestId)).stream()
                    .filter(s -> wanted.equals(s.requestId())).findFirst();
            if (status.isEmpty()) {
                return false;
            }
            if ("closed".equals(status.get().status())) {
                String answer = status.get().notes() == null ? "部门系统已办结 Closed in the department's system"
                        : status.get().notes();
                update(id, e -> {
                    e.externalStatus("closed");
                    e.answer(answer, now);
                });
                tickets.recordStep(d.ticketId(), departmentSystem(linkage.get()), LinkageSteps.FEEDBACK,
                        linkage.get().name().zh() + "反馈 Feedback from the department's system：" + answer, null);
                return true;
            }
            update(id, e -> e.externalStatus(status.get().status()));
            return false;
        } catch (Open311Client.Open311Exception e) {
            LOG.warn("Open311 exchange for dispatch {} with {} failed: {}", id, delivery.endpoint(), e.getMessage());
            update(id, entity -> entity.failedAttempt(e.getMessage(), now));
            return false;
        }
    }

    private void update(long id, Consumer<DispatchEntity> change) {
        db.inTransaction(em -> {
            change.accept(em.find(DispatchEntity.class, id));
            return null;
        });
    }

    /** The text sent to the department: the ticket as staff see it, with the dispatcher's instruction. */
    private static String describe(Ticket ticket, DispatchEntity d) {
        StringBuilder text = new StringBuilder(ticket.title()).append("\n").append(ticket.body());
        if (d.note() != null) {
            text.append("\n分派说明 Instruction: ").append(d.note());
        }
        text.append("\n[Fengqiao ticket ").append(ticket.id()).append("]");
        return text.toString();
    }

    private static String addressOf(Ticket ticket, Delivery delivery) {
        for (String field : List.of("address", "location", "place")) {
            Object value = ticket.fields().get(field);
            if (value instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return delivery.address() != null ? delivery.address() : "—";
    }

    private static Account departmentSystem(DepartmentLinkage linkage) {
        return new Account(0, "linkage." + linkage.id(), linkage.name().zh() + "系统", null, Set.of(), null,
                Instant.EPOCH);
    }

    @Override
    public long countStored(String linkageId) {
        return db.inTransaction(em -> em.createQuery("SELECT COUNT(d) FROM DispatchEntity d WHERE d.linkageId = :l",
                Long.class).setParameter("l", linkageId).getSingleResult());
    }

    // rules

    private DepartmentLinkage installed(String linkageId) {
        return linkages.linkage(linkageId).orElseThrow(() -> FengqiaoException.notFound("linkage_not_installed",
                "no department linkage '" + linkageId + "' is installed"));
    }

    /** A dispatch is found only while its linkage is installed. */
    private DispatchEntity find(EntityManager em, long id) {
        DispatchEntity d = em.find(DispatchEntity.class, id);
        if (d == null) {
            throw FengqiaoException.notFound("dispatch_not_found", "no dispatch " + id);
        }
        installed(d.linkageId());
        return d;
    }

    private static void requireStaff(Account account) {
        if (account == null) {
            throw new FengqiaoException(ErrorKind.UNAUTHORIZED, "unauthenticated", "log in first");
        }
        if (!account.isStaff()) {
            throw FengqiaoException.forbidden("only staff work with department dispatches");
        }
    }

    /** Dispatchers: the shared ticket policy (handling roles in the ticket's unit or a unit above it). */
    private void requireResponsibleFor(Account staff, Ticket ticket) {
        policy.require(staff, TicketPolicy.Action.DISPATCH, ticket);
    }

    /** Department staff or leaders of the department, or of the unit the task was escalated to. */
    private void requireDepartmentStaff(Account staff, Dispatch d) {
        if (DEPARTMENT_ROLES.stream().noneMatch(staff::hasRole)) {
            throw FengqiaoException.forbidden("department tasks are worked by department_staff or leaders");
        }
        List<String> mine = identity.unitAndDescendants(staff.staff().unitCode());
        if (!mine.contains(d.departmentUnit()) && !mine.contains(d.unitCode())) {
            throw FengqiaoException.forbidden("dispatch " + d.id() + " is with " + d.unitCode()
                    + ", not your unit");
        }
    }

    private void requireDispatcher(Account staff, Dispatch d) {
        if (staff.id() == d.dispatcherId()) {
            return;
        }
        requireResponsibleFor(staff, tickets.ticket(d.ticketId()).ticket());
    }

    private static void checkVersion(Dispatch d, int version) {
        if (d.version() != version) {
            throw stale(d.version());
        }
    }

    private static FengqiaoException stale(int currentVersion) {
        return new FengqiaoException(ErrorKind.CONFLICT, "stale_version",
                "the dispatch was changed meanwhile; reload it and try again with version " + currentVersion,
                List.of(), Map.of("currentVersion", currentVersion));
    }

    private static FengqiaoException invalidTransition(String verb, DispatchState state) {
        return new FengqiaoException(ErrorKind.CONFLICT, "invalid_dispatch_transition",
                "cannot " + verb + " a dispatch that is " + state.code());
    }
}
