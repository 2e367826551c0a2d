package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fengqiao.ticketing.api.Flag;

/** A citizen's report of a post to staff. */
@Entity
@Table(name = "FQ_FLAG")
public class FlagEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "TICKET_ID")
    private long ticketId;
    @Column(name = "REPORTER_ID")
    private long reporterId;
    @Column(name = "REASON")
    private String reason;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "HANDLED_AT")
    private Timestamp handledAt;

    protected FlagEntity() {
    }

    FlagEntity(long ticketId, long reporterId, String reason, Instant now) {
        this.ticketId = ticketId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = Timestamp.from(now);
    }

    /** Hiding the post settles its reports. */
    void handled(Instant now) {
        handledAt = Timestamp.from(now);
    }

    Flag toFlag() {
        return new Flag(id, ticketId, reporterId, reason, createdAt.toInstant());
    }
}
