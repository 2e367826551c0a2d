package org.fengqiao.linkage.hotline.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A status change owed to the hotline: kept until its callback took it, and readable from the updates feed. */
@Entity
@Table(name = "FQ_HOTLINE_UPDATE")
public class HotlineUpdateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "HOTLINE_ID")
    private String hotlineId;
    @Column(name = "TICKET_ID")
    private long ticketId;
    @Column(name = "TICKET_STATE")
    private String state;
    @Column(name = "STEP")
    private String step;
    @Column(name = "NOTE")
    private String note;
    @Column(name = "EVENT_ID")
    private Long eventId;
    @Column(name = "OCCURRED_AT")
    private Timestamp occurredAt;
    @Column(name = "DELIVERED_AT")
    private Timestamp deliveredAt;
    @Column(name = "ATTEMPTS")
    private int attempts;
    @Column(name = "NEXT_ATTEMPT_AT")
    private Timestamp nextAttemptAt;
    @Column(name = "LAST_ERROR")
    private String lastError;

    protected HotlineUpdateEntity() {
    }

    HotlineUpdateEntity(long eventId, String hotlineId, long ticketId, String state, String step, String note,
            Instant at) {
        this.eventId = eventId;
        this.hotlineId = hotlineId;
        this.ticketId = ticketId;
        this.state = state;
        this.step = step;
        this.note = note == null || note.length() <= 4000 ? note : note.substring(0, 4000);
        this.occurredAt = Timestamp.from(at);
        this.nextAttemptAt = Timestamp.from(at);
    }

    long id() {
        return id;
    }

    void delivered(Instant at) {
        deliveredAt = Timestamp.from(at);
        attempts++;
        lastError = null;
        nextAttemptAt = null;
    }

    /** Tried again after a wait that doubles up to an hour. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        nextAttemptAt = Timestamp.from(now.plus(org.fengqiao.platform.api.Settings.retryWait(attempts)));
    }

    HotlineUpdate toUpdate() {
        return new HotlineUpdate(id, hotlineId, ticketId, state, HotlineUpdate.status(state), step, note,
                occurredAt.toInstant(), deliveredAt != null);
    }
}
