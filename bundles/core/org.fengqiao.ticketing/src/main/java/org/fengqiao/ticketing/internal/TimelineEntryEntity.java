package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fengqiao.identity.api.Account;
import org.fengqiao.ticketing.api.TicketAction;
import org.fengqiao.ticketing.api.TicketState;
import org.fengqiao.ticketing.api.TimelineEntry;

/** A public step of a ticket; the actor's public name and unit are kept as they were at that moment. */
@Entity
@Table(name = "FQ_TIMELINE_ENTRY")
public class TimelineEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "TICKET_ID")
    private long ticketId;
    @Column(name = "ENTRY_KIND")
    private String kind;
    @Column(name = "ACTION_CODE")
    private String action;
    @Column(name = "FROM_STATE")
    private String fromState;
    @Column(name = "TO_STATE")
    private String toState;
    @Column(name = "BODY")
    private String body;
    @Column(name = "ACTOR_ID")
    private long actorId;
    @Column(name = "ACTOR_NAME")
    private String actorName;
    @Column(name = "ACTOR_STAFF")
    private boolean actorStaff;
    @Column(name = "ACTOR_UNIT_CODE")
    private String actorUnitCode;
    @Column(name = "ACTOR_BADGE")
    private String actorBadge;
    @Column(name = "OCCURRED_AT")
    private Timestamp occurredAt;

    protected TimelineEntryEntity() {
    }

    TimelineEntryEntity(long ticketId, TimelineEntry.Kind kind, TicketAction action, TicketState from,
            TicketState to, String body, Account actor, String actorBadge, Instant at) {
        this.ticketId = ticketId;
        this.kind = kind.code();
        this.action = action == null ? null : action.code();
        this.fromState = from == null ? null : from.code();
        this.toState = to == null ? null : to.code();
        this.body = body;
        this.actorId = actor.id();
        this.actorName = actor.publicName();
        this.actorStaff = actor.isStaff();
        this.actorUnitCode = actor.isStaff() ? actor.staff().unitCode() : null;
        this.actorBadge = actorBadge;
        this.occurredAt = Timestamp.from(at);
    }

    long id() {
        return id;
    }

    long ticketId() {
        return ticketId;
    }

    TimelineEntry toEntry() {
        return new TimelineEntry(id, ticketId, new TimelineEntry.Kind(kind),
                action == null ? null : TicketAction.fromCode(action).orElseThrow(),
                fromState == null ? null : TicketState.fromCode(fromState).orElseThrow(),
                toState == null ? null : TicketState.fromCode(toState).orElseThrow(), body, actorId, actorName,
                actorStaff, actorUnitCode, actorBadge, occurredAt.toInstant());
    }
}
