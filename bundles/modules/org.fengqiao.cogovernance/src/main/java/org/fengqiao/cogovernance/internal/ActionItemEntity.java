package org.fengqiao.cogovernance.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A meeting's decision as work: a ticket addressed to its owner with the decision's deadline. Done when its ticket is
 * resolved or its owner reports it done; open ones join the team's next meeting's agenda.
 */
@Entity
@Table(name = "FQ_COG_ACTION")
public class ActionItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "MEETING_ID")
    private long meetingId;
    @Column(name = "TEAM_ID")
    private long teamId;
    @Column(name = "AGENDA_ID")
    private Long agendaId;
    @Column(name = "TICKET_ID")
    private Long ticketId;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "OWNER_ID")
    private long ownerId;
    @Column(name = "DUE_AT")
    private Timestamp dueAt;
    @Column(name = "PUBLIC_ITEM")
    private boolean publicItem;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "DONE_AT")
    private Timestamp doneAt;
    @Column(name = "DONE_NOTE")
    private String doneNote;
    @Version
    @Column(name = "ROW_VERSION")
    private int version;

    protected ActionItemEntity() {
    }

    ActionItemEntity(long meetingId, long teamId, Long agendaId, long ticketId, String title, long ownerId,
            Instant due, boolean publicItem, Instant at) {
        this.meetingId = meetingId;
        this.teamId = teamId;
        this.agendaId = agendaId;
        this.ticketId = ticketId;
        this.title = title;
        this.ownerId = ownerId;
        this.dueAt = Timestamp.from(due);
        this.publicItem = publicItem;
        this.createdAt = Timestamp.from(at);
    }

    long id() {
        return id;
    }

    Long ticketId() {
        return ticketId;
    }

    boolean isDone() {
        return doneAt != null;
    }

    int version() {
        return version;
    }

    void done(String note, Instant at) {
        this.doneNote = note;
        this.doneAt = Timestamp.from(at);
    }

    ActionItem view() {
        return new ActionItem(id, meetingId, teamId, agendaId, ticketId, title, ownerId, dueAt.toInstant(), publicItem,
                createdAt.toInstant(), doneAt == null ? null : doneAt.toInstant(), doneNote, version);
    }

    /** An action item as stored. */
    record ActionItem(long id, long meetingId, long teamId, Long agendaId, Long ticketId, String title, long ownerId,
            Instant due, boolean publicItem, Instant createdAt, Instant doneAt, String doneNote, int version) {

        boolean doneInTime() {
            return doneAt != null && !doneAt.isAfter(due);
        }
    }
}
