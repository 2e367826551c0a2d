package org.fengqiao.cogovernance.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.fengqiao.cogovernance.internal.ActionItemEntity.ActionItem;
import org.fengqiao.cogovernance.internal.AgendaItemEntity.AgendaItem;
import org.fengqiao.cogovernance.internal.InviteeEntity.Invitee;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.rest.api.UnitRef;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.TicketState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** How the module's objects appear in its JSON answers, with people's public names and units' names. */
@Component(service = Views.class)
public class Views {

    record Person(long id, String name) {
    }

    record RoleView(String role, String label, String labelEn, Person member, String contact, List<Person> substitutes) {
    }

    /** @param meetingKinds the kinds of meeting the city's teams hold ({@code meeting.kinds}) */
    record TeamView(long id, UnitRef community, String grid, String name, int version, List<RoleView> roles,
            List<MeetingKind> meetingKinds) {
    }

    record MeetingKind(String code, String label, String labelEn) {
    }

    record HistoryView(String role, Person member, boolean substitute, Instant from, Instant until) {
    }

    record Escalation(int level, UnitRef unit, Instant at) {
    }

    record HandoffView(long id, int version, String state, long ticketId, String ticketTitle, long teamId,
            Long previousId, Person from, String fromRole, String toRole, String toLinkage, UnitRef toUnit,
            String reason, Instant acceptBy, boolean overdue, Instant createdAt, Instant acceptedAt,
            Instant answeredAt, Person answeredBy, String answer, Instant doneAt, Escalation escalation) {
    }

    record QueueView(long teamId, List<HandoffView> held, List<HandoffView> handedOff, List<HandoffView> returned,
            List<HandoffView> overdue) {
    }

    record ActionView(long id, int version, long meetingId, Long agendaItemId, Long ticketId, String title,
            Person owner, Instant due, String state, String ticketState, boolean publicItem, Instant doneAt,
            String doneNote) {
    }

    record InviteeView(long id, String kind, String role, Person person, String name, String contact,
            String response, boolean attended, Instant signedAt) {
    }

    record AgendaView(long id, int position, String source, Long sourceId, Long ticketId, String title,
            boolean publicItem, String minutes, String outcome) {
    }

    record MeetingView(long id, int version, long teamId, String teamName, UnitRef community, String kind,
            String kindLabel, String title, Instant startsAt, Instant endsAt, String place, String onlineLink,
            String state, Person convener, List<InviteeView> invitees, List<AgendaView> agenda, String summary,
            Person minutesBy, Instant minutesAt, List<ActionView> actions) {
    }

    record ReportItem(int position, String title, String outcome, boolean publicItem, List<ActionView> actions) {
    }

    record ReportView(long meetingId, String title, String kind, String kindLabel, Instant startsAt, String state,
            UnitRef community, int invited, int attended, String summary, List<ReportItem> items,
            List<ActionView> otherActions) {
    }

    private final IdentityService identity;
    private final TicketService tickets;
    private final CogovernanceSettings settings;

    @Activate
    public Views(@Reference IdentityService identity, @Reference TicketService tickets,
            @Reference CogovernanceSettings settings) {
        this.identity = identity;
        this.tickets = tickets;
        this.settings = settings;
    }

    Map<Long, Account> people(Collection<Long> ids) {
        return identity.accounts(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    static Person person(Long id, Map<Long, Account> people) {
        if (id == null) {
            return null;
        }
        Account a = people.get(id);
        return new Person(id, id == 0 ? Handoffs.SYSTEM.displayName() : a == null ? "#" + id : a.publicName());
    }

    TeamView team(Team t, boolean withContacts) {
        Map<Long, Account> people = people(t.members().stream().map(Team.Member::accountId).toList());
        List<RoleView> roles = settings.get().roles().stream().map(r -> {
            Team.Member holder = t.members().stream().filter(m -> m.role().equals(r.code()) && !m.substitute())
                    .findFirst().orElse(null);
            return new RoleView(r.code(), r.label().zh(), r.label().en(),
                    holder == null ? null : person(holder.accountId(), people),
                    withContacts && holder != null ? contact(holder, people) : null,
                    t.members().stream().filter(m -> m.role().equals(r.code()) && m.substitute())
                            .map(m -> person(m.accountId(), people)).toList());
        }).toList();
        List<MeetingKind> kinds = settings.get().meetingKinds().entrySet().stream()
                .map(k -> new MeetingKind(k.getKey(), k.getValue().zh(), k.getValue().en())).toList();
        return new TeamView(t.id(), UnitRef.of(t.community(), identity), t.grid(), t.name(), t.version(), roles,
                kinds);
    }

    /** The contact given with the role, else the staff member's public phone. */
    private static String contact(Team.Member m, Map<Long, Account> people) {
        if (m.contact() != null) {
            return m.contact();
        }
        Account a = people.get(m.accountId());
        return a != null && a.staff() != null ? a.staff().publicPhone() : null;
    }

    List<HistoryView> history(List<Team.Member> members) {
        Map<Long, Account> people = people(members.stream().map(Team.Member::accountId).toList());
        return members.stream().map(m -> new HistoryView(m.role(), person(m.accountId(), people), m.substitute(),
                m.from(), m.until())).toList();
    }

    HandoffView handoff(Handoff h) {
        return handoffs(List.of(h)).get(0);
    }

    List<HandoffView> handoffs(List<Handoff> list) {
        Map<Long, Account> people = people(list.stream().flatMap(h -> Stream.of(h.fromId(), h.answeredBy())).toList());
        Instant now = Instant.now();
        return list.stream().map(h -> new HandoffView(h.id(), h.version(), h.state().code(), h.ticketId(),
                tickets.ticket(h.ticketId()).ticket().title(), h.teamId(), h.previousId(),
                person(h.fromId(), people), h.fromRole(), h.to().role(), h.to().linkage(),
                UnitRef.of(h.toUnit(), identity), h.reason(), h.acceptBy(), h.isOverdue(now), h.createdAt(),
                h.acceptedAt(), h.answeredAt(), person(h.answeredBy(), people), h.answer(), h.doneAt(),
                h.escalationLevel() == 0 ? null : new Escalation(h.escalationLevel(),
                        UnitRef.of(h.escalationUnit(), identity), h.escalatedAt()))).toList();
    }

    QueueView queue(long teamId, List<Handoff> list) {
        List<HandoffView> all = handoffs(list);
        return new QueueView(teamId,
                all.stream().filter(h -> h.toRole() != null && isOpen(h)).toList(),
                all.stream().filter(h -> h.toLinkage() != null && isOpen(h)).toList(),
                all.stream().filter(h -> "declined".equals(h.state())).toList(),
                all.stream().filter(HandoffView::overdue).toList());
    }

    private static boolean isOpen(HandoffView h) {
        return "pending".equals(h.state()) || "accepted".equals(h.state());
    }

    MeetingView meeting(Meetings.Detail d, String kindLabel) {
        Meeting m = d.meeting();
        Map<Long, Account> people = people(Stream.concat(Stream.of(m.convenerId(), m.minutesBy()), Stream.concat(
                d.invitees().stream().map(Invitee::accountId), d.actions().stream().map(ActionItem::ownerId)))
                .toList());
        return new MeetingView(m.id(), m.version(), d.team().id(), d.team().name(),
                UnitRef.of(d.team().community(), identity), m.kind(), kindLabel, m.title(), m.startsAt(), m.endsAt(),
                m.place(), m.onlineLink(), m.state(), person(m.convenerId(), people),
                d.invitees().stream().map(i -> invitee(i, people)).toList(),
                d.agenda().stream().map(Views::agenda).toList(), m.summary(), person(m.minutesBy(), people),
                m.minutesAt(), d.actions().stream().map(a -> action(a, people)).toList());
    }

    InviteeView invitee(Invitee i, Map<Long, Account> people) {
        return new InviteeView(i.id(), i.kind(), i.role(), person(i.accountId(), people), i.name(), i.contact(),
                i.response(), i.signedAt() != null, i.signedAt());
    }

    static AgendaView agenda(AgendaItem a) {
        return new AgendaView(a.id(), a.position(), a.source().code(), a.sourceId(), a.ticketId(), a.title(),
                a.publicItem(), a.minutes(), a.outcome());
    }

    ActionView action(ActionItem a) {
        return action(a, people(List.of(a.ownerId())));
    }

    ActionView action(ActionItem a, Map<Long, Account> people) {
        TicketState ticketState = a.ticketId() == null ? null : tickets.ticket(a.ticketId()).ticket().state();
        String state = a.doneAt() != null ? "done" : a.due().isBefore(Instant.now()) ? "overdue" : "open";
        return new ActionView(a.id(), a.version(), a.meetingId(), a.agendaId(), a.ticketId(), a.title(),
                person(a.ownerId(), people), a.due(), state, ticketState == null ? null : ticketState.code(),
                a.publicItem(), a.doneAt(), a.doneNote());
    }

    /** Every item's outcome; for outsiders only public items and public actions, and no internal summary. */
    ReportView report(Meetings.Detail d, String kindLabel, boolean insider) {
        Map<Long, Account> people = people(d.actions().stream().map(ActionItem::ownerId).toList());
        List<ReportItem> items = d.agenda().stream().filter(a -> insider || a.publicItem())
                .map(a -> new ReportItem(a.position(), a.title(), a.outcome(), a.publicItem(),
                        d.actions().stream().filter(x -> Long.valueOf(a.id()).equals(x.agendaId()))
                                .filter(x -> insider || x.publicItem()).map(x -> action(x, people)).toList()))
                .toList();
        List<ActionView> other = d.actions().stream().filter(x -> x.agendaId() == null)
                .filter(x -> insider || x.publicItem()).map(x -> action(x, people)).toList();
        Meeting m = d.meeting();
        return new ReportView(m.id(), m.title(), m.kind(), kindLabel, m.startsAt(), m.state(),
                UnitRef.of(d.team().community(), identity), d.invitees().size(),
                (int) d.invitees().stream().filter(i -> i.signedAt() != null).count(), insider ? m.summary() : null,
                items, other);
    }

    /** A duration as ISO-8601 ({@code PT3H20M}), or {@code null}. */
    static String iso(Duration d) {
        return d == null ? null : d.toString();
    }
}
