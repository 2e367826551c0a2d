package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.TypedQuery;

import org.fengqiao.board.api.FieldValues;
import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.Submission;
import org.fengqiao.board.api.Visibility;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.ticketing.api.Contact;
import org.fengqiao.ticketing.api.Flag;
import org.fengqiao.ticketing.api.NewTicket;
import org.fengqiao.ticketing.api.Page;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketAction;
import org.fengqiao.ticketing.api.TicketDetails;
import org.fengqiao.ticketing.api.TicketSearch;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.TicketPolicy;
import org.fengqiao.ticketing.api.TicketState;
import org.fengqiao.ticketing.api.TicketUpdate;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.fengqiao.ticketing.api.Transition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;


/** Tickets of every board, stored with OpenJPA; configuration PID {@value #PID} holds the routing table. */
@Component(service = TicketService.class, configurationPid = TicketServiceImpl.PID)
@Designate(ocd = TicketingConfig.class)
public class TicketServiceImpl implements TicketService {

    static final String PID = "org.fengqiao.ticketing";
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 4000;
    static final int MAX_REASON = 1000;

    private final TicketingDatabase db;
    private final TicketRecords records;
    private final TicketEvents events;
    private final IdentityService identity;
    private volatile TicketRouting routing;
    private volatile DeadlinePolicy deadlines;
    private volatile EmergencyRules emergencies;
    private final TimelineVocabularyImpl vocabulary;
    private final TicketPolicyImpl policy;

    @Activate
    public TicketServiceImpl(@Reference TicketingDatabase db, @Reference TicketRecords records,
            @Reference TicketEvents events, @Reference IdentityService identity,
            @Reference TimelineVocabularyImpl vocabulary, @Reference TicketPolicyImpl policy, TicketingConfig config,
            Map<String, Object> properties) {
        this.db = db;
        this.policy = policy;
        this.vocabulary = vocabulary;
        this.records = records;
        this.events = events;
        this.identity = identity;
        modified(config, properties);
    }

    @Modified
    void modified(TicketingConfig config, Map<String, Object> properties) {
        routing = new TicketRouting(config, properties);
        deadlines = new DeadlinePolicy(properties);
        emergencies = new EmergencyRules(config);
    }

    @Override
    public Ticket submit(Account author, NewTicket t) {
        return submit(author, t, null);
    }

    @Override
    public Ticket submit(Account author, NewTicket t, Contact contact) {
        Board board = installedBoard(t.boardId());
        Problems problems = new Problems();
        problems.text("title", t.title(), true, MAX_TITLE);
        problems.text("body", t.body(), true, MAX_BODY);
        Optional<Category> category = t.category() == null ? Optional.empty() : board.category(t.category());
        if (t.category() == null || t.category().isBlank()) {
            problems.add("category", "required", "category is required");
        } else if (category.isEmpty()) {
            problems.add("category", "unknown_category", "board " + board.id() + " has no category '"
                    + t.category() + "'");
        }
        List<IntakeField> fields = new ArrayList<>(board.fields());
        category.ifPresent(c -> fields.addAll(c.fields()));
        Map<String, Object> values = FieldValues.validate(fields, t.fields(), problems);
        Optional<Account> addressee = Optional.empty();
        if (t.addresseeId() != null) {
            addressee = identity.account(t.addresseeId()).filter(Account::isStaff);
            if (addressee.isEmpty()) {
                problems.add("addresseeId", "unknown_addressee", "no staff member has id " + t.addresseeId());
            }
        }
        boolean complaint = category.filter(c -> board.complaintCategories().contains(c.code())).isPresent();
        if (complaint && t.addresseeId() == null) {
            problems.add("addresseeId", "required", "a complaint names the staff member it is about");
        }
        if (!problems.isEmpty()) {
            throw PostProblems.refused(board, fields, problems.list());
        }
        Submission submission = new Submission(board.id(), t.category(), t.title().strip(), t.body().strip(), values,
                author.id());
        List<Problem> boardProblems = board.validate(submission);
        if (!boardProblems.isEmpty()) {
            throw PostProblems.refused(board, fields, boardProblems);
        }

        String unit = complaint ? complaintUnit(addressee.get())
                : addressee.map(a -> a.staff().unitCode())
                        .or(() -> board.route(submission))
                        .or(() -> routing.unitFor(board.id(), t.category(), records.settings(board.id())))
                        .orElse(null);
        String fieldsJson = TicketRecords.toJson(values);
        String contactJson = contact == null || contactMap(contact).values().stream().allMatch(v -> v == null || v.toString().isBlank())
                ? null : TicketRecords.toJson(contactMap(contact));
        boolean emergency = emergencies.isEmergency(board, t.category(), submission.title(), submission.body());
        Optional<String> commandCentre = emergency ? emergencies.unit() : Optional.empty();
        Instant now = Instant.now();
        Ticket created = db.inTransaction(em -> {
            TicketEntity entity = new TicketEntity(board.id(), t.category(), submission.title(), submission.body(),
                    fieldsJson, author.id(), t.addresseeId(), unit, now,
                    now.plus(deadlines.firstResponse(board.id(), records.settings(board.id()), category.get())));
            if (complaint) {
                entity.markComplaint();
            }
            entity.contactJson(contactJson);
            entity.requestedDue(t.dueBy());
            if (emergency) {
                entity.markEmergency();
            }
            em.persist(entity);
            em.flush();
            em.persist(new TimelineEntryEntity(entity.id(), TimelineEntry.Kind.CREATED, null, null,
                    TicketState.SUBMITTED, null, author, null, now));
            if (emergency) {
                em.persist(new TimelineEntryEntity(entity.id(), TimelineEntry.Kind.ALERTED, null, null, null,
                        "紧急警情，已推送指挥中心 Emergency: the command centre is alerted"
                                + commandCentre.map(u -> " (" + u + ")").orElse(""), TicketRecords.SYSTEM, null,
                        now));
            }
            Ticket result = toTicket(entity);
            events.record(em, result, TimelineEntry.Kind.CREATED, null, author, now);
            if (emergency) {
                events.record(em, result, TimelineEntry.Kind.ALERTED, null, TicketRecords.SYSTEM, now,
                        commandCentre.orElse(null));
            }
            return result;
        });
        return created;
    }

    /** Complaints go to the supervision unit; never to the named person's own unit. */
    private String complaintUnit(Account accused) {
        String unit = routing.complaintUnit().orElseThrow(() -> new IllegalStateException(
                "routing.complaints is not configured: complaints about staff have no supervision unit"));
        if (unit.equals(accused.staff().unitCode())) {
            throw FengqiaoException.invalid(List.of(new org.fengqiao.platform.api.Problem("addresseeId",
                    "supervision_unit_staff", "complaints about the supervision unit's own staff go to the bureau's"
                            + " discipline inspection, not through this board")));
        }
        return unit;
    }

    /**
     * On a complaint, the person complained about never acts, and only the supervision unit (or a supervisor)
     * handles it.
     */
    private static void checkComplaintActor(TicketEntity ticket, Account actor) {
        if (!ticket.isComplaint() || actor.id() == ticket.authorId()) {
            return;
        }
        if (ticket.addresseeId() != null && actor.id() == ticket.addresseeId()) {
            throw new FengqiaoException(ErrorKind.FORBIDDEN, "subject_of_complaint",
                    "you are the subject of this complaint and cannot act on it");
        }
        boolean supervisionUnit = actor.isStaff() && actor.staff().unitCode().equals(ticket.unitCode());
        if (!supervisionUnit && !actor.hasRole(Role.SUPERVISOR)) {
            throw FengqiaoException.forbidden("complaints are handled by the supervision unit only");
        }
    }

    @Override
    public TicketDetails ticket(long id) {
        return db.read(em -> {
            TicketEntity entity = find(em, id);
            List<TimelineEntry> timeline = em.createQuery(
                    "SELECT e FROM TimelineEntryEntity e WHERE e.ticketId = :id ORDER BY e.id", TimelineEntryEntity.class)
                    .setParameter("id", id).getResultList().stream().map(TimelineEntryEntity::toEntry).toList();
            return new TicketDetails(toTicket(entity), timeline);
        });
    }

    @Override
    public TicketDetails ticket(long id, Account viewer) {
        TicketDetails details = ticket(id);
        policy.require(viewer, TicketPolicy.Action.READ, details.ticket());
        return details;
    }

    @Override
    public Page<Ticket> list(String boardId, TicketState state, int page, int size, Account viewer) {
        return visibleTo(viewer, boardId, list(boardId, state, page, size));
    }

    @Override
    public Page<Ticket> listAfter(String boardId, TicketState state, String after, int size, Account viewer) {
        installedBoard(boardId);
        ListPosition position = ListPosition.parse("after", after);
        return visibleTo(viewer, boardId, boardPage(boardId, state, position, 0, size));
    }

    private Page<Ticket> visibleTo(Account viewer, String boardId, Page<Ticket> all) {
        Board board = installedBoard(boardId);
        if (board.visibility() == Visibility.CONFIDENTIAL && (viewer == null || !viewer.isPolice())) {
            return new Page<>(List.of(), all.page(), all.size(), all.total(), all.totalExact(), null);
        }
        return all;
    }

    @Override
    public Page<Ticket> list(String boardId, TicketState state, int page, int size) {
        installedBoard(boardId);
        return boardPage(boardId, state, null, page, size);
    }

    /**
     * A page of a board, newest first, read through the index that has the list's order (board, state, creation,
     * id): the items, one row more to know whether a next page exists, and a count that stops at a bound.
     */
    private Page<Ticket> boardPage(String boardId, TicketState state, ListPosition after, int page, int size) {
        String where = " FROM TicketEntity t WHERE t.boardId = :board" + (state == null ? "" : " AND t.state = :state");
        String older = after == null ? ""
                // the first condition alone gives the index scan its start; the second is the exact position
                : " AND t.createdAt <= :at AND (t.createdAt < :at OR (t.createdAt = :at AND t.id < :id))";
        long offset = (long) page * size;
        return db.read(em -> {
            var items = em.createQuery("SELECT t" + where + older + " ORDER BY t.createdAt DESC, t.id DESC",
                    TicketEntity.class).setParameter("board", boardId);
            if (state != null) {
                items.setParameter("state", state.code());
            }
            if (after != null) {
                items.setParameter("at", java.sql.Timestamp.from(after.createdAt())).setParameter("id", after.id());
            }
            List<TicketEntity> rows = items.setFirstResult((int) offset).setMaxResults(size + 1).getResultList();
            BoundedTotal total = BoundedTotal.of(offset, size, rows.size(), bound -> {
                // counted in the database, up to the bound: the rows are not sent
                var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT ID FROM FQ_TICKET WHERE BOARD_ID = ?"
                        + (state == null ? "" : " AND TICKET_STATE = ?") + " FETCH FIRST " + bound
                        + " ROWS ONLY) AS LISTED").setParameter(1, boardId);
                if (state != null) {
                    count.setParameter(2, state.code());
                }
                return ((Number) count.getSingleResult()).intValue();
            });
            String next = rows.size() > size ? new ListPosition(rows.get(size - 1).createdAt(), rows.get(size - 1).id())
                    .token() : null;
            List<Ticket> tickets = rows.stream().limit(size).map(this::toTicket).toList();
            return new Page<>(tickets, page, size, total.total(), total.exact(), next);
        });
    }

    /** A reply and its ticket as committed, for the event that follows. */
    private record Replied(TimelineEntry entry, Ticket ticket) {
    }

    @Override
    public TimelineEntry reply(long ticketId, Account actor, String body) {
        new Problems().text("body", body, true, MAX_BODY).throwIfAny();
        Instant now = Instant.now();
        Replied replied = db.inTransaction(em -> {
            TicketEntity ticket = find(em, ticketId);
            Board board = installedBoard(ticket.boardId());
            policy.require(actor, TicketPolicy.Action.REPLY, toTicket(ticket));
            checkComplaintActor(ticket, actor);
            if (!ticket.state().isOpen()) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "ticket_closed",
                        "the ticket is " + ticket.state().code() + "; it takes no more replies");
            }
            if (actor.isStaff()) {
                // plain SQL: JPQL bulk updates raise the version, and a reply must not invalidate the version
                // a colleague is about to act on
                em.createNativeQuery("UPDATE FQ_TICKET SET FIRST_RESPONSE_AT = ?, RESPONSE_SECONDS = ? WHERE ID = ?"
                        + " AND FIRST_RESPONSE_AT IS NULL").setParameter(1, java.sql.Timestamp.from(now))
                        .setParameter(2, ticket.secondsSinceCreation(now)).setParameter(3, ticketId).executeUpdate();
            }
            String badge = actor.roles().stream().map(Role::code).filter(board.answeringRoles()::contains)
                    .sorted().findFirst().orElse(null);
            TimelineEntryEntity entry = new TimelineEntryEntity(ticketId, TimelineEntry.Kind.REPLY, null, null, null,
                    body.strip(), actor, badge, now);
            em.persist(entry);
            em.flush();
            Ticket result = toTicket(ticket);
            events.record(em, result, TimelineEntry.Kind.REPLY, null, actor, now);
            return new Replied(entry.toEntry(), result);
        });
        return replied.entry();
    }

    @Override
    public Ticket transition(long ticketId, Account actor, Transition t) {
        TicketAction action = checkTransition(t);
        Optional<Account> assignee = Optional.empty();
        if (action == TicketAction.ASSIGN) {
            Set<String> roles = boardRolesOf(ticketId);
            assignee = identity.account(t.assigneeId()).filter(a -> TicketStateMachine.isHandler(a, roles));
            if (assignee.isEmpty()) {
                throw FengqiaoException.invalid(List.of(new org.fengqiao.platform.api.Problem("assigneeId",
                        "unknown_assignee", "no officer, leader or department staff member has id "
                                + t.assigneeId())));
            }
        }
        Optional<Account> chosen = assignee;
        Instant now = Instant.now();
        try {
            Ticket moved = db.inTransaction(em -> {
                TicketEntity ticket = find(em, ticketId);
                // the policy first: a stale version must not tell a caller who may not act that the ticket exists
                policy.require(actor, action == TicketAction.CONFIRM || action == TicketAction.REOPEN
                        ? TicketPolicy.Action.RATE : TicketPolicy.Action.HANDLE, toTicket(ticket));
                if (ticket.version() != t.version()) {
                    throw stale(ticket.version());
                }
                checkComplaintActor(ticket, actor);
                TicketState from = ticket.state();
                Set<String> answering = installedBoard(ticket.boardId()).answeringRoles();
                boolean inScope = TicketScope.covers(actor, ticket.unitCode(), ticket.addresseeId(),
                        ticket.assigneeId(), answering, identity::unitAndDescendants);
                TicketState to = TicketStateMachine.next(from, action, actor, ticket.authorId(), ticket.assigneeId(),
                        answering, inScope);
                ticket.moveTo(to, now);
                if (actor.isStaff()) {
                    ticket.markFirstResponse(now);
                }
                String note = t.reason() == null || t.reason().isBlank() ? null : t.reason().strip();
                switch (action) {
                    case ACCEPT -> ticket.resolutionDue(now.plus(deadlines.resolution(ticket.boardId(),
                            records.settings(ticket.boardId()), installedBoard(ticket.boardId()).category(ticket.category()).orElseThrow())));
                    case ASSIGN -> {
                        ticket.assignTo(chosen.get().id());
                        note = "→ " + chosen.get().publicName() + (note == null ? "" : ": " + note);
                    }
                    case START -> {
                        if (ticket.assigneeId() == null) {
                            ticket.assignTo(actor.id());
                        }
                    }
                    case REJECT -> ticket.reject(note);
                    default -> {
                    }
                }
                em.persist(new TimelineEntryEntity(ticketId, TimelineEntry.Kind.TRANSITION, action, from, to, note,
                        actor, null, now));
                em.flush();
                Ticket result = toTicket(ticket);
                events.record(em, result, TimelineEntry.Kind.TRANSITION, action, actor, now);
                return result;
            });
            return moved;
        } catch (OptimisticLockException e) {
            // someone else committed a change between our read and our write
            throw stale(ticket(ticketId).ticket().version());
        }
    }

    private Set<String> boardRolesOf(long ticketId) {
        return installedBoard(ticket(ticketId).ticket().boardId()).answeringRoles();
    }

    private static TicketAction checkTransition(Transition t) {
        Problems problems = new Problems();
        Optional<TicketAction> action = t.action() == null ? Optional.empty() : TicketAction.fromCode(t.action());
        if (t.action() == null || t.action().isBlank()) {
            problems.add("action", "required", "action is required");
        } else if (action.isEmpty()) {
            problems.add("action", "unknown_action", "'" + t.action()
                    + "' is not one of accept, assign, start, resolve, confirm, reject, reopen");
        }
        if (t.version() == null) {
            problems.add("version", "required", "version is required: the ticket version you acted on");
        }
        if (action.filter(a -> a == TicketAction.ASSIGN).isPresent() && t.assigneeId() == null) {
            problems.add("assigneeId", "required", "assign needs assigneeId");
        }
        if (action.filter(a -> a == TicketAction.REJECT).isPresent()) {
            problems.text("reason", t.reason(), true, MAX_REASON);
        } else {
            problems.text("reason", t.reason(), false, MAX_REASON);
        }
        problems.throwIfAny();
        return action.get();
    }

    private static FengqiaoException stale(int currentVersion) {
        return new FengqiaoException(ErrorKind.CONFLICT, "stale_version",
                "the ticket was changed meanwhile; reload it and try again with version " + currentVersion,
                List.of(), Map.of("currentVersion", currentVersion));
    }

    @Override
    public Ticket rate(long ticketId, Account actor, Integer score, String comment) {
        Problems problems = new Problems();
        if (score == null || score < 1 || score > 5) {
            problems.add("score", "out_of_range", "score must be a whole number from 1 to 5");
        }
        problems.text("comment", comment, false, MAX_REASON).throwIfAny();
        Instant now = Instant.now();
        Ticket rated = db.inTransaction(em -> {
            TicketEntity ticket = find(em, ticketId);
            policy.require(actor, TicketPolicy.Action.RATE, toTicket(ticket));
            if (ticket.state() != TicketState.RESOLVED && ticket.state() != TicketState.CLOSED) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "not_resolved",
                        "a ticket can be rated once it is resolved; it is " + ticket.state().code());
            }
            if (ticket.rated()) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "already_rated", "this ticket is already rated");
            }
            String text = comment == null || comment.isBlank() ? null : comment.strip();
            ticket.rate(score, text, now);
            em.persist(new TimelineEntryEntity(ticketId, TimelineEntry.Kind.RATING, null, null, null,
                    score + "/5" + (text == null ? "" : ": " + text), actor, null, now));
            em.flush();
            Ticket result = toTicket(ticket);
            events.record(em, result, TimelineEntry.Kind.RATING, null, actor, now);
            return result;
        });
        return rated;
    }

    @Override
    public Ticket hide(long ticketId, Account staff, String reason) {
        new Problems().text("reason", reason, true, MAX_REASON).throwIfAny();
        Instant now = Instant.now();
        Ticket hidden = db.inTransaction(em -> {
            TicketEntity ticket = find(em, ticketId);
            policy.require(staff, TicketPolicy.Action.HIDE, toTicket(ticket));
            if (ticket.isHidden()) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "already_hidden", "this post is already hidden");
            }
            ticket.hide(reason.strip(), staff.id(), now);
            em.persist(new TimelineEntryEntity(ticketId, TimelineEntry.Kind.HIDDEN, null, null, null, reason.strip(),
                    staff, null, now));
            em.createQuery("SELECT f FROM FlagEntity f WHERE f.ticketId = :id AND f.handledAt IS NULL",
                    FlagEntity.class).setParameter("id", ticketId).getResultList().forEach(f -> f.handled(now));
            em.flush();
            Ticket result = toTicket(ticket);
            events.record(em, result, TimelineEntry.Kind.HIDDEN, null, staff, now);
            return result;
        });
        return hidden;
    }

    @Override
    public Flag flag(long ticketId, Account reporter, String reason) {
        new Problems().text("reason", reason, true, MAX_REASON).throwIfAny();
        TicketDetails readable = ticket(ticketId, reporter);
        return db.inTransaction(em -> {
            FlagEntity flag = new FlagEntity(readable.ticket().id(), reporter.id(), reason.strip(), Instant.now());
            em.persist(flag);
            em.flush();
            return flag.toFlag();
        });
    }

    @Override
    public List<Flag> openFlags(Account staff) {
        requireModerator(staff);
        return db.read(em -> em.createQuery(
                "SELECT f FROM FlagEntity f WHERE f.handledAt IS NULL ORDER BY f.createdAt DESC, f.id DESC",
                FlagEntity.class).setMaxResults(500).getResultList().stream().map(FlagEntity::toFlag).toList());
    }

    /** Police staff and administrators moderate. */
    private static void requireModerator(Account account) {
        if (account == null || !(account.isPolice() || account.hasRole(Role.ADMIN))) {
            throw FengqiaoException.forbidden("only police staff and administrators moderate posts");
        }
    }

    @Override
    public Optional<Contact> contact(long ticketId, Account viewer) {
        return db.read(em -> {
            TicketEntity ticket = find(em, ticketId);
            boolean allowed = policy.refusal(viewer, TicketPolicy.Action.CONTACT, toTicket(ticket)).isEmpty();
            return allowed && ticket.contactJson() != null
                    ? Optional.of(contactOf(TicketRecords.fromJson(ticket.contactJson(), Map.class)))
                    : Optional.<Contact>empty();
        });
    }

    private static Map<String, Object> contactMap(Contact c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", c.name());
        m.put("phone", c.phone());
        m.put("email", c.email());
        return m;
    }

    private static Contact contactOf(Map<?, ?> m) {
        return new Contact((String) m.get("name"), (String) m.get("phone"), (String) m.get("email"));
    }

    @Override
    public TimelineEntry recordStep(long ticketId, Account actor, TimelineEntry.Kind kind, String body,
            String alertUnit) {
        if (!vocabulary.isRecordable(kind)) {
            throw new IllegalArgumentException(kind.module() == null ? kind + " is recorded by ticketing itself"
                    : kind + " is not among the steps module " + kind.module() + " has registered");
        }
        new Problems().text("body", body, true, MAX_BODY).throwIfAny();
        Instant now = Instant.now();
        Replied recorded = db.inTransaction(em -> {
            TicketEntity ticket = find(em, ticketId);
            TimelineEntryEntity entry = new TimelineEntryEntity(ticketId, kind, null, null, null, body.strip(), actor,
                    null, now);
            em.persist(entry);
            em.flush();
            Ticket result = toTicket(ticket);
            events.record(em, result, kind, null, actor, now, alertUnit);
            return new Replied(entry.toEntry(), result);
        });
        return recorded.entry();
    }

    @Override
    public List<Ticket> search(TicketSearch search) {
        List<String> boards = search.boardIds().stream().filter(records::isInstalled).toList();
        if (boards.isEmpty() || search.limit() <= 0) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT t FROM TicketEntity t WHERE t.boardId IN :boards");
        if (!search.ids().isEmpty()) {
            jpql.append(" AND t.id IN :ids");
        }
        if (search.createdFrom() != null) {
            jpql.append(" AND t.createdAt >= :from");
        }
        if (search.createdTo() != null) {
            jpql.append(" AND t.createdAt < :to");
        }
        if (!search.states().isEmpty()) {
            jpql.append(" AND t.state IN :states");
        }
        if (!search.categories().isEmpty()) {
            jpql.append(" AND CONCAT(CONCAT(t.boardId, '/'), t.category) IN :pairs");
        }
        if (search.addresseeId() != null) {
            jpql.append(" AND t.addresseeId = :addressee");
        }
        jpql.append(" ORDER BY t.createdAt DESC, t.id DESC");
        return db.read(em -> {
            TypedQuery<TicketEntity> query = em.createQuery(jpql.toString(), TicketEntity.class)
                    .setParameter("boards", boards);
            if (!search.ids().isEmpty()) {
                query.setParameter("ids", search.ids());
            }
            if (search.createdFrom() != null) {
                query.setParameter("from", Timestamp.from(search.createdFrom()));
            }
            if (search.createdTo() != null) {
                query.setParameter("to", Timestamp.from(search.createdTo()));
            }
            if (!search.states().isEmpty()) {
                query.setParameter("states", search.states().stream().map(TicketState::code).toList());
            }
            if (!search.categories().isEmpty()) {
                query.setParameter("pairs", search.categories());
            }
            if (search.addresseeId() != null) {
                query.setParameter("addressee", search.addresseeId());
            }
            return query.setMaxResults(search.limit()).getResultList().stream().map(this::toTicket).toList();
        });
    }

    @Override
    public List<TicketUpdate> updates(List<String> boardIds, Instant from, Instant to, int limit) {
        List<String> boards = boardIds.stream().filter(records::isInstalled).toList();
        if (boards.isEmpty() || limit <= 0) {
            return List.of();
        }
        return db.read(em -> {
            List<TimelineEntryEntity> window = em.createQuery("SELECT e FROM TimelineEntryEntity e, TicketEntity t"
                    + " WHERE e.ticketId = t.id AND t.boardId IN :boards AND e.occurredAt >= :from AND e.occurredAt < :to"
                    + " ORDER BY e.id", TimelineEntryEntity.class).setParameter("boards", boards)
                    .setParameter("from", Timestamp.from(from)).setParameter("to", Timestamp.from(to))
                    .setMaxResults(limit).getResultList();
            if (window.isEmpty()) {
                return List.<TicketUpdate>of();
            }
            // the state after each step: replay each ticket's state changes up to the last step in the window
            Set<Long> ticketIds = new java.util.HashSet<>();
            window.forEach(e -> ticketIds.add(e.ticketId()));
            long lastId = window.get(window.size() - 1).id();
            List<TimelineEntryEntity> changes = em.createQuery("SELECT e FROM TimelineEntryEntity e"
                    + " WHERE e.ticketId IN :tickets AND e.toState IS NOT NULL AND e.id <= :last ORDER BY e.id",
                    TimelineEntryEntity.class).setParameter("tickets", ticketIds).setParameter("last", lastId)
                    .getResultList();
            java.util.Map<Long, TicketState> state = new java.util.HashMap<>();
            java.util.Iterator<TimelineEntryEntity> next = changes.iterator();
            TimelineEntryEntity pending = next.hasNext() ? next.next() : null;
            List<TicketUpdate> updates = new ArrayList<>();
            for (TimelineEntryEntity step : window) {
                while (pending != null && pending.id() <= step.id()) {
                    state.put(pending.ticketId(), pending.toEntry().toState());
                    pending = next.hasNext() ? next.next() : null;
                }
                updates.add(new TicketUpdate(step.toEntry(), state.getOrDefault(step.ticketId(),
                        TicketState.SUBMITTED)));
            }
            return updates;
        });
    }

    @Override
    public Page<Ticket> workQueue(Account staff, boolean unitWide, int page, int size) {
        if (staff == null || !staff.isStaff()) {
            throw FengqiaoException.forbidden("work queues are for staff");
        }
        List<Object> values = new ArrayList<>(EscalationServiceImpl.OPEN);
        String states = "TICKET_STATE IN (" + marks(values.size()) + ")";
        if (unitWide) {
            values.add(staff.staff().unitCode());
            return installedPage("t.state IN :open AND t.unitCode = :unit",
                    Map.of("open", EscalationServiceImpl.OPEN, "unit", staff.staff().unitCode()),
                    states + " AND UNIT_CODE = ?", values, page, size);
        }
        values.add(staff.id());
        values.add(staff.id());
        return installedPage("t.state IN :open AND (t.assigneeId = :me OR (t.addresseeId = :me AND t.complaint = FALSE))",
                Map.of("open", EscalationServiceImpl.OPEN, "me", staff.id()),
                states + " AND (ASSIGNEE_ID = ? OR (ADDRESSEE_ID = ? AND COMPLAINT = FALSE))", values, page, size);
    }

    @Override
    public Page<Ticket> authoredBy(Account author, int page, int size) {
        return installedPage("t.authorId = :me", Map.of("me", author.id()), "AUTHOR_ID = ?", List.of(author.id()),
                page, size);
    }

    /**
     * Posts of installed boards only, newest first, with a total counted in the database up to a bound as board lists
     * are (a unit may hold thousands of open posts): a post whose board is out is neither listed nor counted.
     *
     * @param jpql the condition on {@code t}, with its named parameters
     * @param sql the same condition on FQ_TICKET for the count, one {@code ?} per value
     */
    private Page<Ticket> installedPage(String jpql, Map<String, Object> parameters, String sql, List<Object> values,
            int page, int size) {
        List<String> installed = records.installedIds();
        if (installed.isEmpty()) {
            return new Page<>(List.of(), page, size, 0, true, null);
        }
        long offset = (long) page * size;
        int bound = BoundedTotal.bound(offset, size);
        return db.read(em -> {
            var items = em.createQuery("SELECT t FROM TicketEntity t WHERE " + jpql + " AND t.boardId IN :installed"
                    + " ORDER BY t.createdAt DESC, t.id DESC", TicketEntity.class).setParameter("installed", installed);
            parameters.forEach(items::setParameter);
            var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT ID FROM FQ_TICKET WHERE " + sql
                    + " AND BOARD_ID IN (" + marks(installed.size()) + ") FETCH FIRST " + bound + " ROWS ONLY) AS LISTED");
            int p = 1;
            for (Object value : values) {
                count.setParameter(p++, value);
            }
            for (String board : installed) {
                count.setParameter(p++, board);
            }
            List<Ticket> tickets = items.setFirstResult((int) offset).setMaxResults(size).getResultList().stream()
                    .map(this::toTicket).toList();
            int counted = ((Number) count.getSingleResult()).intValue();
            return new Page<>(tickets, page, size, Math.min(counted, bound - 1), counted < bound, null);
        });
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    @Override
    public List<Ticket> latestStatements(int limit) {
        return db.read(em -> em.createQuery("SELECT t FROM TicketEntity t WHERE t.statementAt IS NOT NULL"
                + " ORDER BY t.statementAt DESC", TicketEntity.class).setMaxResults(limit * 4).getResultList().stream()
                .filter(t -> records.isPublic(t.boardId()))
                .map(this::toTicket).filter(t -> t.hidden() == null).limit(limit).toList());
    }

    @Override
    public long changeCount() {
        return db.writes() + vocabulary.changes();
    }

    @Override
    public long countStored(String boardId) {
        return db.read(em -> em.createQuery("SELECT COUNT(t) FROM TicketEntity t WHERE t.boardId = :b",
                Long.class).setParameter("b", boardId).getSingleResult());
    }

    private Board installedBoard(String boardId) {
        return records.installedBoard(boardId);
    }

    private TicketEntity find(EntityManager em, long id) {
        return records.find(em, id);
    }

    private Ticket toTicket(TicketEntity entity) {
        return records.toTicket(entity);
    }
}
