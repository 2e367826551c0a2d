package org.fengqiao.cogovernance.internal;

import java.net.URI;
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

import org.fengqiao.captain.api.CommunityAlerts;
import org.fengqiao.cogovernance.internal.ActionItemEntity.ActionItem;
import org.fengqiao.cogovernance.internal.AgendaItemEntity.AgendaItem;
import org.fengqiao.cogovernance.internal.InviteeEntity.Invitee;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.Role;
import org.fengqiao.persistence.api.Transactions;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.ticketing.api.NewTicket;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Joint meetings (F3): convened by the precinct's police or a team member whose role may convene; the agenda is made
 * of open issues (tickets, hand-offs, captains' alerts) and free items, and every action item still open from the
 * team's earlier meetings joins it by itself; invitees answer and sign in; the minutes are written against the agenda;
 * each decision becomes an action item, which is a ticket addressed to its owner with the decision's deadline.
 */
@Component(service = Meetings.class)
public class Meetings {

    /** A meeting with everything shown with it. */
    record Detail(Meeting meeting, Team team, List<Invitee> invitees, List<AgendaItem> agenda,
            List<ActionItem> actions) {
    }

    /** Open issues that could go on a meeting's agenda. */
    record Candidates(List<Handoff> handoffs, List<CommunityAlerts.Alert> alerts, List<ActionItem> actions) {
    }

    /** What the minutes say of one agenda item. */
    record ItemMinutes(Long agendaItemId, String minutes, String outcome, Boolean publicItem) {
    }

    private static final Set<String> PARTY_KINDS = Set.of("department", "property", "resident", "other");
    private static final Set<String> RESPONSES = Set.of("accepted", "declined");
    private static final int MAX_TEXT = 2000;
    private static final int MAX_MINUTES = 20_000;

    private final CogovernanceDatabase db;
    private final Teams teams;
    private final Handoffs handoffs;
    private final TicketService tickets;
    private final IdentityService identity;
    private final CogovernanceSettings settings;
    /** The captain module's alerts, while it is installed. */
    private final List<CommunityAlerts> alertSources = new CopyOnWriteArrayList<>();

    @Activate
    public Meetings(@Reference CogovernanceDatabase db, @Reference Teams teams, @Reference Handoffs handoffs,
            @Reference TicketService tickets, @Reference IdentityService identity,
            @Reference CogovernanceSettings settings) {
        this.db = db;
        this.teams = teams;
        this.handoffs = handoffs;
        this.tickets = tickets;
        this.identity = identity;
        this.settings = settings;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAlerts(CommunityAlerts alerts) {
        alertSources.add(alerts);
    }

    void removeAlerts(CommunityAlerts alerts) {
        alertSources.remove(alerts);
    }

    // convene

    Detail convene(Account by, NewMeeting m) {
        Problems problems = new Problems();
        if (m.teamId() == null) {
            problems.add("teamId", "required", "teamId is required");
        }
        CogovernanceSettings.Snapshot s = settings.get();
        if (m.kind() == null || !s.meetingKinds().containsKey(m.kind())) {
            problems.add("kind", m.kind() == null ? "required" : "unknown_kind", "kind must be one of "
                    + s.meetingKinds().keySet());
        }
        problems.text("title", m.title(), true, 200).text("place", m.place(), false, 200)
                .text("onlineLink", m.onlineLink(), false, 500);
        if (m.startsAt() == null) {
            problems.add("startsAt", "required", "startsAt is required");
        } else if (m.endsAt() != null && !m.endsAt().isAfter(m.startsAt())) {
            problems.add("endsAt", "out_of_range", "endsAt must be after startsAt");
        }
        if (blank(m.place()) && blank(m.onlineLink())) {
            problems.add("place", "required", "give a place, an online link, or both");
        }
        if (!blank(m.onlineLink()) && !isWebLink(m.onlineLink())) {
            problems.add("onlineLink", "not_a_link", "onlineLink must be an http or https address");
        }
        problems.throwIfAny();
        Team team = teams.team(m.teamId());
        requireConvener(by, team);
        List<InviteeEntity> invitees = invitees(team, m.invitees());
        Instant now = Instant.now();
        long id = db.inTransaction(em -> {
            Teams.lock(em, team.id());
            MeetingEntity meeting = new MeetingEntity(team.id(), m.kind(), m.title().strip(), m.startsAt(),
                    m.endsAt() != null ? m.endsAt() : m.startsAt().plus(s.meetingLength()), strip(m.place()),
                    strip(m.onlineLink()), by.id(), now);
            em.persist(meeting);
            em.flush();
            for (InviteeEntity i : invitees) {
                em.persist(new InviteeEntity(meeting.id(), i.view().kind(), i.view().role(), i.accountId(),
                        i.view().name(), i.view().contact()));
            }
            int position = 0;
            for (ActionItem a : openActions(em, team.id(), meeting.id())) {
                em.persist(new AgendaItemEntity(meeting.id(), ++position, AgendaSource.ACTION, a.id(), a.ticketId(),
                        "待办决定事项 Open action: " + a.title(), a.publicItem(), null));
            }
            return meeting.id();
        });
        return detail(id);
    }

    private List<InviteeEntity> invitees(Team team, List<NewMeeting.NewInvitee> asked) {
        List<InviteeEntity> list = new ArrayList<>();
        List<NewMeeting.NewInvitee> wanted = asked == null || asked.isEmpty()
                ? settings.get().roles().stream().map(r -> new NewMeeting.NewInvitee(r.code(), null, null, null, null))
                        .toList()
                : asked;
        Problems problems = new Problems();
        for (int n = 0; n < wanted.size(); n++) {
            NewMeeting.NewInvitee i = wanted.get(n);
            String field = "invitees[" + n + "]";
            if (i == null) {
                problems.add(field, "required", "an invitee names a role, an account or a party");
            } else if (!blank(i.role())) {
                team.members().stream().filter(mb -> mb.role().equals(i.role()) && !mb.substitute())
                        .forEach(mb -> identity.account(mb.accountId()).ifPresent(a -> list.add(new InviteeEntity(0,
                                "role", i.role(), a.id(), a.publicName(), mb.contact()))));
                if (settings.get().role(i.role()).isEmpty()) {
                    problems.add(field + ".role", "unknown_role", i.role() + " is not a team role");
                }
            } else if (i.accountId() != null) {
                Optional<Account> a = identity.account(i.accountId());
                if (a.isEmpty()) {
                    problems.add(field + ".accountId", "unknown_account", "no account has id " + i.accountId());
                } else {
                    list.add(new InviteeEntity(0, "account", null, a.get().id(), a.get().publicName(), i.contact()));
                }
            } else if (i.kind() != null && PARTY_KINDS.contains(i.kind()) && !blank(i.name())) {
                problems.text(field + ".name", i.name(), true, 200).text(field + ".contact", i.contact(), false, 200);
                list.add(new InviteeEntity(0, i.kind(), null, null, i.name().strip(), strip(i.contact())));
            } else {
                problems.add(field, "invalid", "an invitee is {role}, {accountId}, or {kind, name} with kind one of "
                        + PARTY_KINDS);
            }
        }
        problems.throwIfAny();
        return list;
    }

    // reading

    Detail detail(long id) {
        return db.read(em -> {
            MeetingEntity m = find(em, id);
            return new Detail(m.view(), Teams.team(em, m.teamId()),
                    em.createQuery("SELECT i FROM InviteeEntity i WHERE i.meetingId = :m ORDER BY i.id",
                            InviteeEntity.class).setParameter("m", id).getResultList().stream()
                            .map(InviteeEntity::view).toList(),
                    em.createQuery("SELECT a FROM AgendaItemEntity a WHERE a.meetingId = :m ORDER BY a.position, a.id",
                            AgendaItemEntity.class).setParameter("m", id).getResultList().stream()
                            .map(AgendaItemEntity::view).toList(),
                    em.createQuery("SELECT a FROM ActionItemEntity a WHERE a.meetingId = :m ORDER BY a.id",
                            ActionItemEntity.class).setParameter("m", id).getResultList().stream()
                            .map(ActionItemEntity::view).toList());
        });
    }

    /** The whole meeting, for its team, its invitees and staff; 403 for anyone else. */
    Detail detail(long id, Account viewer) {
        Detail d = detail(id);
        if (!isInsider(viewer, d)) {
            throw FengqiaoException.forbidden("a meeting is seen by its team, its invitees and staff; the public"
                    + " reads its report");
        }
        return d;
    }

    boolean isInsider(Account viewer, Detail d) {
        return viewer != null && (viewer.isStaff() || d.team().isMember(viewer.id())
                || d.invitees().stream().anyMatch(i -> Long.valueOf(viewer.id()).equals(i.accountId())));
    }

    List<Meeting> ofTeam(long teamId, Instant from, Instant to) {
        teams.team(teamId);
        return db.read(em -> em.createQuery("SELECT m FROM MeetingEntity m WHERE m.teamId = :t AND m.startsAt >= :f"
                + " AND m.startsAt < :u ORDER BY m.startsAt DESC, m.id DESC", MeetingEntity.class)
                .setParameter("t", teamId).setParameter("f", java.sql.Timestamp.from(from))
                .setParameter("u", java.sql.Timestamp.from(to)).setMaxResults(500).getResultList().stream()
                .map(MeetingEntity::view).toList());
    }

    Candidates candidates(long id, Account viewer) {
        Detail d = detail(id, viewer);
        List<CommunityAlerts.Alert> alerts = alertSources.stream().findFirst()
                .map(a -> a.open(d.team().community(), 50)).orElse(List.of());
        return new Candidates(handoffs.queue(d.team().id()).stream().filter(h -> h.state().isOpen()).toList(),
                alerts, db.read(em -> openActions(em, d.team().id(), id)));
    }

    // agenda

    AgendaItem addToAgenda(Account by, long id, Long ticketId, Long handoffId, Long alertId, String title,
            Boolean publicItem) {
        Detail d = detail(id, by);
        requireMember(by, d);
        requirePlanned(d);
        int given = (ticketId != null ? 1 : 0) + (handoffId != null ? 1 : 0) + (alertId != null ? 1 : 0)
                + (blank(title) ? 0 : 1);
        if (given != 1) {
            throw FengqiaoException.invalid(List.of(new Problem("ticketId", "one_of",
                    "an agenda item is one of ticketId, handoffId, alertId or title (a free item)")));
        }
        AgendaSource source;
        Long sourceId;
        Long itemTicket;
        String itemTitle;
        // an item about what the public may not read (a tip-off, a captain's alert) stays out of the public report
        boolean mayBePublic = true;
        if (ticketId != null) {
            Ticket t = tickets.ticket(ticketId, by).ticket();
            source = AgendaSource.TICKET;
            sourceId = t.id();
            itemTicket = t.id();
            itemTitle = t.title();
        } else if (handoffId != null) {
            Handoff h = handoffs.handoff(handoffId);
            if (h.teamId() != d.team().id()) {
                throw FengqiaoException.invalid(List.of(new Problem("handoffId", "other_team",
                        "hand-off " + handoffId + " belongs to another team")));
            }
            source = AgendaSource.HANDOFF;
            sourceId = h.id();
            itemTicket = h.ticketId();
            itemTitle = "移交 Hand-off: " + tickets.ticket(h.ticketId()).ticket().title();
        } else if (alertId != null) {
            CommunityAlerts alerts = alertSources.stream().findFirst().orElseThrow(() -> FengqiaoException.invalid(
                    List.of(new Problem("alertId", "captain_module_not_installed",
                            "captains' alerts need the building-captain module"))));
            CommunityAlerts.Alert a = alerts.alert(d.team().community(), alertId).orElseThrow(() ->
                    FengqiaoException.invalid(List.of(new Problem("alertId", "unknown_alert",
                            "no alert " + alertId + " in community " + d.team().community()))));
            source = AgendaSource.ALERT;
            mayBePublic = false;
            sourceId = a.id();
            itemTicket = a.ticketId();
            itemTitle = "楼长预警 Captain's alert: " + a.message();
        } else {
            new Problems().text("title", title, true, 300).throwIfAny();
            source = AgendaSource.FREE;
            sourceId = null;
            itemTicket = null;
            itemTitle = title.strip();
        }
        if (itemTicket != null && mayBePublic) {
            mayBePublic = isPublic(itemTicket);
        }
        boolean isPublic = mayBePublic && (publicItem == null || publicItem);
        String cut = itemTitle.length() > 300 ? itemTitle.substring(0, 300) : itemTitle;
        AgendaItem item;
        try {
            item = db.inTransaction(em -> {
                Teams.lock(em, d.team().id());
                Number last = em.createQuery("SELECT MAX(a.position) FROM AgendaItemEntity a WHERE a.meetingId = :m",
                        Number.class).setParameter("m", id).getSingleResult();
                AgendaItemEntity e = new AgendaItemEntity(id, last == null ? 1 : last.intValue() + 1, source, sourceId,
                        itemTicket, cut, isPublic, by.id());
                em.persist(e);
                em.flush();
                return e.view();
            });
        } catch (PersistenceException e) {
            if (Transactions.isDuplicateKey(e)) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "already_on_agenda", "this " + source.code()
                        + " is already on the agenda of meeting " + id);
            }
            throw e;
        }
        if (itemTicket != null) {
            tickets.recordStep(itemTicket, by, CogovernanceSteps.ON_AGENDA, "列入" + kindName(d.meeting()) + "议程 on"
                    + " the agenda of: " + d.meeting().title() + "（" + d.meeting().startsAt() + "）", null);
        }
        return item;
    }

    /** Whether anyone, logged in or not, may read the ticket. */
    private boolean isPublic(long ticketId) {
        try {
            tickets.ticket(ticketId, null);
            return true;
        } catch (FengqiaoException e) {
            return false;
        }
    }

    // invitees

    Invitee respond(Account by, long id, Long inviteeId, String response) {
        if (response == null || !RESPONSES.contains(response)) {
            throw FengqiaoException.invalid(List.of(new Problem("response", "invalid", "response is one of "
                    + RESPONSES)));
        }
        Detail d = detail(id, by);
        Invitee target = invitee(by, d, inviteeId);
        return db.inTransaction(em -> {
            InviteeEntity i = em.find(InviteeEntity.class, target.id());
            i.respond(response);
            return i.view();
        });
    }

    /** Signs an invitee in: themselves, or anyone by the convener; a walk-in without account is added and signed. */
    Invitee signIn(Account by, long id, Long inviteeId, String walkInName, String walkInKind) {
        Detail d = detail(id, by);
        Instant now = Instant.now();
        if (!blank(walkInName)) {
            requireConvener(by, d.team());
            String kind = walkInKind == null ? "other" : walkInKind;
            if (!PARTY_KINDS.contains(kind)) {
                throw FengqiaoException.invalid(List.of(new Problem("kind", "invalid", "kind is one of "
                        + PARTY_KINDS)));
            }
            new Problems().text("name", walkInName, true, 200).throwIfAny();
            return db.inTransaction(em -> {
                InviteeEntity i = new InviteeEntity(id, kind, null, null, walkInName.strip(), null);
                i.respond("accepted");
                i.sign(by.id(), now);
                em.persist(i);
                em.flush();
                return i.view();
            });
        }
        Invitee target = invitee(by, d, inviteeId);
        return db.inTransaction(em -> {
            InviteeEntity i = em.find(InviteeEntity.class, target.id());
            if (!i.signed()) {
                i.sign(by.id(), now);
            }
            return i.view();
        });
    }

    /** The invitee {@code by} speaks for: themselves, or, for the convener, the one named. */
    private Invitee invitee(Account by, Detail d, Long inviteeId) {
        if (inviteeId == null) {
            return d.invitees().stream().filter(i -> Long.valueOf(by.id()).equals(i.accountId())).findFirst()
                    .orElseThrow(() -> FengqiaoException.forbidden("you are not invited to meeting "
                            + d.meeting().id()));
        }
        Invitee i = d.invitees().stream().filter(x -> x.id() == inviteeId).findFirst().orElseThrow(() ->
                FengqiaoException.notFound("invitee_not_found", "meeting " + d.meeting().id() + " has no invitee "
                        + inviteeId));
        if (!Long.valueOf(by.id()).equals(i.accountId()) && !mayConvene(by, d.team())) {
            throw FengqiaoException.forbidden("only the invitee themselves, or whoever may convene the meeting,"
                    + " answers for an invitee");
        }
        return i;
    }

    // minutes and decisions

    Detail writeMinutes(Account by, long id, Integer version, String summary, List<ItemMinutes> items) {
        Detail d = detail(id, by);
        requireConvener(by, d.team());
        Problems problems = new Problems();
        if (version == null) {
            problems.add("version", "required", "name the meeting's version (" + d.meeting().version() + ")");
        }
        problems.text("summary", summary, true, MAX_MINUTES);
        List<ItemMinutes> list = items == null ? List.of() : items;
        for (int n = 0; n < list.size(); n++) {
            ItemMinutes im = list.get(n);
            String field = "items[" + n + "]";
            if (im == null || im.agendaItemId() == null || d.agenda().stream()
                    .noneMatch(a -> a.id() == im.agendaItemId())) {
                problems.add(field + ".agendaItemId", "unknown_item", "not an agenda item of meeting " + id);
            } else {
                problems.text(field + ".minutes", im.minutes(), false, MAX_MINUTES)
                        .text(field + ".outcome", im.outcome(), false, MAX_TEXT);
            }
        }
        problems.throwIfAny();
        try {
            db.inTransaction(em -> {
                MeetingEntity m = find(em, id);
                if (m.version() != version) {
                    throw Teams.stale(m.version());
                }
                m.writeMinutes(summary.strip(), by.id(), Instant.now());
                for (ItemMinutes im : list) {
                    em.find(AgendaItemEntity.class, im.agendaItemId()).record(strip(im.minutes()), strip(im.outcome()),
                            im.publicItem());
                }
                return null;
            });
        } catch (OptimisticLockException e) {
            throw Teams.stale(detail(id).meeting().version());
        }
        return detail(id);
    }

    /** A decision becomes work: a ticket on the action board addressed to its owner, due by the decision's date. */
    ActionItem addAction(Account by, long id, String title, String body, Long ownerId, Instant due,
            Long agendaItemId, Boolean publicItem) {
        Detail d = detail(id, by);
        requireConvener(by, d.team());
        Problems problems = new Problems();
        problems.text("title", title, true, 200).text("body", body, false, MAX_TEXT);
        Optional<Account> owner = ownerId == null ? Optional.empty() : identity.account(ownerId);
        if (ownerId == null) {
            problems.add("ownerId", "required", "ownerId names who carries the decision out");
        } else if (owner.filter(Account::isStaff).isEmpty()) {
            problems.add("ownerId", "owner_not_staff", "the owner must be a staff member (a ticket is addressed to"
                    + " them)");
        }
        if (due == null) {
            problems.add("due", "required", "due is required");
        } else if (!due.isAfter(d.meeting().startsAt())) {
            problems.add("due", "out_of_range", "due must be after the meeting's start");
        }
        Optional<AgendaItem> item = agendaItemId == null ? Optional.empty()
                : d.agenda().stream().filter(a -> a.id() == agendaItemId).findFirst();
        if (agendaItemId != null && item.isEmpty()) {
            problems.add("agendaItemId", "unknown_item", "not an agenda item of meeting " + id);
        }
        problems.throwIfAny();
        CogovernanceSettings.Snapshot s = settings.get();
        String community = identity.unit(d.team().community()).map(OrgUnit::nameZh).orElse(d.team().community());
        String text = !blank(body) ? body.strip() : kindName(d.meeting()) + "「" + d.meeting().title() + "」决定："
                + title.strip();
        boolean isPublic = publicItem == null ? item.map(AgendaItem::publicItem).orElse(true) : publicItem;
        Ticket ticket = tickets.submit(by, new NewTicket(s.actionBoard(), s.actionCategory(), title.strip(), text,
                s.actionFields(community), ownerId, due));
        ActionItem action = db.inTransaction(em -> {
            Teams.lock(em, d.team().id());
            ActionItemEntity a = new ActionItemEntity(id, d.team().id(), agendaItemId, ticket.id(), title.strip(),
                    ownerId, due, isPublic, Instant.now());
            em.persist(a);
            em.flush();
            // meetings already planned after this one take it up too
            List<MeetingEntity> later = ids(em, "SELECT ID FROM FQ_COG_MEETING --DERBY-PROPERTIES"
                    + " index=IX_COG_MEETING_TEAM\n WHERE TEAM_ID = ? AND STARTS_AT > ? AND STATE = 'planned'"
                    + " AND ID <> ?", d.team().id(), java.sql.Timestamp.from(d.meeting().startsAt()), id).stream()
                    .map(m -> em.find(MeetingEntity.class, m)).toList();
            for (MeetingEntity next : later) {
                Number last = em.createQuery("SELECT MAX(x.position) FROM AgendaItemEntity x WHERE x.meetingId = :m",
                        Number.class).setParameter("m", next.id()).getSingleResult();
                em.persist(new AgendaItemEntity(next.id(), last == null ? 1 : last.intValue() + 1,
                        AgendaSource.ACTION, a.id(), ticket.id(), "待办决定事项 Open action: " + a.view().title(),
                        isPublic, null));
            }
            return a.view();
        });
        String ownerName = owner.get().publicName();
        tickets.recordStep(ticket.id(), by, CogovernanceSteps.DECIDED, kindName(d.meeting()) + "决定 decided: "
                + title.strip() + "；责任人 owner " + ownerName + "；期限 due " + due, null);
        item.map(AgendaItem::ticketId).filter(t -> t != ticket.id()).ifPresent(t -> tickets.recordStep(t, by,
                CogovernanceSteps.DECIDED, kindName(d.meeting()) + "决定 decided: " + title.strip() + "（→ #"
                        + ticket.id() + "，" + ownerName + "，" + due + "）", null));
        return action;
    }

    /** The owner (or the convener) reports an action item carried out. */
    ActionItem actionDone(Account by, long meetingId, long actionId, Integer version, String note) {
        Detail d = detail(meetingId, by);
        ActionItem a = d.actions().stream().filter(x -> x.id() == actionId).findFirst().orElseThrow(() ->
                FengqiaoException.notFound("action_not_found", "meeting " + meetingId + " has no action "
                        + actionId));
        if (a.ownerId() != by.id() && !mayConvene(by, d.team())) {
            throw FengqiaoException.forbidden("an action item is reported done by its owner or the convener");
        }
        Problems problems = new Problems().text("note", note, true, MAX_TEXT);
        if (version == null) {
            problems.add("version", "required", "name the action item's version (" + a.version() + ")");
        }
        problems.throwIfAny();
        ActionItem done;
        try {
            done = db.inTransaction(em -> {
                ActionItemEntity e = em.find(ActionItemEntity.class, actionId);
                if (e.version() != version) {
                    throw Teams.stale(e.version());
                }
                if (e.isDone()) {
                    throw new FengqiaoException(ErrorKind.CONFLICT, "action_done", "action " + actionId
                            + " is done already");
                }
                e.done(note.strip(), Instant.now());
                em.flush();
                return e.view();
            });
        } catch (OptimisticLockException e) {
            throw Teams.stale(detail(meetingId).actions().stream().filter(x -> x.id() == actionId).findFirst()
                    .map(ActionItem::version).orElse(0));
        }
        if (done.ticketId() != null) {
            tickets.recordStep(done.ticketId(), by, CogovernanceSteps.ACTION_DONE, "已完成 carried out: "
                    + note.strip(), null);
        }
        return done;
    }

    /** An action item's ticket was resolved: the item is done then, if it was not reported done before. */
    void ticketResolved(long ticketId, Instant at) {
        db.inTransaction(em -> {
            em.createQuery("SELECT a FROM ActionItemEntity a WHERE a.ticketId = :t AND a.doneAt IS NULL",
                    ActionItemEntity.class).setParameter("t", ticketId).getResultList()
                    .forEach(a -> a.done("工单已办结 ticket resolved", at));
            return null;
        });
    }

    // rights

    /** The precinct's police over the community, administrators, and team members whose role may convene. */
    boolean mayConvene(Account by, Team team) {
        if (by.hasRole(Role.ADMIN) || teams.mayManage(by, team.community())) {
            return true;
        }
        if (by.isPolice() && identity.unitAndDescendants(by.staff().unitCode()).contains(team.community())
                && !by.staff().unitCode().equals(team.community())) {
            return true;
        }
        return team.rolesOf(by.id()).stream().anyMatch(r -> settings.get().role(r)
                .map(CogovernanceSettings.TeamRole::convenes).orElse(false));
    }

    private void requireConvener(Account by, Team team) {
        if (!mayConvene(by, team)) {
            throw FengqiaoException.forbidden("meetings of team " + team.id() + " are convened and minuted by the"
                    + " precinct's police, leaders above the community, administrators, or members whose role may"
                    + " convene");
        }
    }

    private void requireMember(Account by, Detail d) {
        if (!d.team().isMember(by.id()) && !mayConvene(by, d.team())) {
            throw FengqiaoException.forbidden("the agenda is made by the team's members and the convener");
        }
    }

    private static void requirePlanned(Detail d) {
        if (!MeetingEntity.PLANNED.equals(d.meeting().state())) {
            throw new FengqiaoException(ErrorKind.CONFLICT, "meeting_held", "meeting " + d.meeting().id()
                    + " was held; its agenda is closed");
        }
    }

    // parts

    private static List<ActionItem> openActions(EntityManager em, long teamId, long exceptMeeting) {
        return ids(em, "SELECT ID FROM FQ_COG_ACTION --DERBY-PROPERTIES index=IX_COG_ACTION_TEAM\n"
                + " WHERE TEAM_ID = ? AND DONE_AT IS NULL AND MEETING_ID <> ?", teamId, exceptMeeting).stream()
                .map(a -> em.find(ActionItemEntity.class, a).view())
                .sorted(java.util.Comparator.comparing(ActionItem::due).thenComparing(ActionItem::id)).toList();
    }

    /**
     * Ids by a native query that keeps to one team's rows. On young tables Derby scans a whole index instead, and a
     * scan waits on every row another team's transaction has just inserted; the hint (a comment to other databases)
     * names the team's index.
     */
    static List<Long> ids(EntityManager em, String sql, Object... parameters) {
        javax.persistence.Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = q.getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    private static MeetingEntity find(EntityManager em, long id) {
        MeetingEntity m = em.find(MeetingEntity.class, id);
        if (m == null) {
            throw FengqiaoException.notFound("meeting_not_found", "no meeting " + id);
        }
        return m;
    }

    String kindName(Meeting m) {
        return Optional.ofNullable(settings.get().meetingKinds().get(m.kind())).map(k -> k.zh()).orElse(m.kind());
    }

    Map<String, org.fengqiao.board.api.LocalizedText> kinds() {
        return settings.get().meetingKinds();
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
