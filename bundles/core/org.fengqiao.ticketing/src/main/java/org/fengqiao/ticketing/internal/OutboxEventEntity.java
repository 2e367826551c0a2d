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
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketAction;
import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TicketState;
import org.fengqiao.ticketing.api.TimelineEntry;

/** A ticket event in the outbox, written in the transaction of the change it tells of. */
@Entity
@Table(name = "FQ_TICKET_EVENT")
public class OutboxEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "TICKET_ID")
    private long ticketId;
    @Column(name = "BOARD_ID")
    private String boardId;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "EVENT_KIND")
    private String kind;
    @Column(name = "EVENT_ACTION")
    private String action;
    @Column(name = "STATE")
    private String state;
    @Column(name = "TICKET_VERSION")
    private int ticketVersion;
    @Column(name = "AUTHOR_ID")
    private long authorId;
    @Column(name = "ADDRESSEE_ID")
    private Long addresseeId;
    @Column(name = "ASSIGNEE_ID")
    private Long assigneeId;
    @Column(name = "UNIT_CODE")
    private String unitCode;
    @Column(name = "ACTOR_ID")
    private long actorId;
    @Column(name = "ACTOR_NAME")
    private String actorName;
    @Column(name = "ALERT_UNIT")
    private String alertUnit;
    @Column(name = "OCCURRED_AT")
    private Timestamp occurredAt;

    protected OutboxEventEntity() {
    }

    OutboxEventEntity(Ticket t, TimelineEntry.Kind kind, TicketAction action, Account actor, Instant at,
            String alertUnit) {
        this.ticketId = t.id();
        this.boardId = t.boardId();
        this.title = t.title();
        this.kind = kind.code();
        this.action = action == null ? null : action.name();
        this.state = t.state().name();
        this.ticketVersion = t.version();
        this.authorId = t.authorId();
        this.addresseeId = t.addresseeId();
        this.assigneeId = t.assigneeId();
        this.unitCode = t.unitCode();
        this.actorId = actor.id();
        this.actorName = actor.publicName();
        this.alertUnit = alertUnit;
        this.occurredAt = Timestamp.from(at);
    }

    TicketEvent toEvent() {
        return new TicketEvent(ticketId, boardId, title, new TimelineEntry.Kind(kind),
                action == null ? null : TicketAction.valueOf(action), TicketState.valueOf(state), actorId, actorName,
                occurredAt.toInstant(), alertUnit, id, authorId, addresseeId, assigneeId, unitCode, ticketVersion);
    }
}
