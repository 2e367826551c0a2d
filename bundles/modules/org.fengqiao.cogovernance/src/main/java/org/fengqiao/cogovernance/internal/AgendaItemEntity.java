package org.fengqiao.cogovernance.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * An item of a meeting's agenda: an open issue (a ticket, a hand-off, a captain's alert, an earlier meeting's open
 * action item) or a free item; with its minutes and outcome once the meeting is held. Public items appear in the
 * public meeting report, the others only for the team and staff.
 */
@Entity
@Table(name = "FQ_COG_AGENDA")
public class AgendaItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "MEETING_ID")
    private long meetingId;
    @Column(name = "POSITION")
    private int position;
    @Column(name = "SOURCE")
    private String source;
    @Column(name = "SOURCE_ID")
    private Long sourceId;
    @Column(name = "TICKET_ID")
    private Long ticketId;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "PUBLIC_ITEM")
    private boolean publicItem;
    @Lob
    @Column(name = "MINUTES")
    private String minutes;
    @Column(name = "OUTCOME")
    private String outcome;
    @Column(name = "ADDED_BY")
    private Long addedBy;

    protected AgendaItemEntity() {
    }

    AgendaItemEntity(long meetingId, int position, AgendaSource source, Long sourceId, Long ticketId, String title,
            boolean publicItem, Long addedBy) {
        this.meetingId = meetingId;
        this.position = position;
        this.source = source.code();
        this.sourceId = sourceId;
        this.ticketId = ticketId;
        this.title = title;
        this.publicItem = publicItem;
        this.addedBy = addedBy;
    }

    long id() {
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    void record(String minutes, String outcome, Boolean publicItem) {
        this.minutes = minutes;
        this.outcome = outcome;
        if (publicItem != null) {
            this.publicItem = publicItem;
        }
    }

    AgendaItem view() {
        return new AgendaItem(id, meetingId, position, AgendaSource.fromCode(source), sourceId, ticketId, title,
                publicItem, minutes, outcome);
    }

    /** An agenda item as shown with the meeting. */
    record AgendaItem(long id, long meetingId, int position, AgendaSource source, Long sourceId, Long ticketId,
            String title, boolean publicItem, String minutes, String outcome) {
    }
}
