package org.fengqiao.captain.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * An early-warning alert (B3) for a precinct. Stored in the transaction of the record that raised it; the precinct is
 * told through the alert's ticket right after, and again by the sweep until that succeeded ({@code notified}).
 */
@Entity
@Table(name = "FQ_CAP_ALERT")
public class AlertEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "RULE_ID")
    private String ruleId;
    @Column(name = "RECORD_ID")
    private String recordId;
    @Column(name = "CAPTAIN_ID")
    private long captainId;
    @Column(name = "UNIT_CODE")
    private String unitCode;
    @Column(name = "MESSAGE")
    private String message;
    @javax.persistence.Lob
    @Column(name = "TICKET_SPEC")
    private String ticketSpec;
    @Column(name = "TICKET_ID")
    private Long ticketId;
    @Column(name = "RAISED_AT")
    private Timestamp raisedAt;
    @Column(name = "NOTIFIED")
    private boolean notified;
    @Column(name = "ACK_BY")
    private Long ackBy;
    @Column(name = "ACK_AT")
    private Timestamp ackAt;

    protected AlertEntity() {
    }

    AlertEntity(String ruleId, String recordId, long captainId, String unitCode, String message, Instant at) {
        this.ruleId = ruleId;
        this.recordId = recordId;
        this.captainId = captainId;
        this.unitCode = unitCode;
        this.message = message;
        this.raisedAt = Timestamp.from(at);
    }

    /** The ticket to open (as JSON) if the record becomes none. */
    void ticketSpec(String json) {
        this.ticketSpec = json;
    }

    void ticket(long id) {
        this.ticketId = id;
    }

    void notified() {
        this.notified = true;
    }

    boolean acknowledge(long by, Instant at) {
        if (ackAt != null) {
            return false;
        }
        ackBy = by;
        ackAt = Timestamp.from(at);
        return true;
    }

    long id() {
        return id;
    }

    String ruleId() {
        return ruleId;
    }

    String recordId() {
        return recordId;
    }

    long captainId() {
        return captainId;
    }

    String unitCode() {
        return unitCode;
    }

    String message() {
        return message;
    }

    String ticketSpec() {
        return ticketSpec;
    }

    Long ticketId() {
        return ticketId;
    }

    Instant raisedAt() {
        return raisedAt.toInstant();
    }

    boolean isNotified() {
        return notified;
    }

    Long ackBy() {
        return ackBy;
    }

    Instant ackAt() {
        return ackAt == null ? null : ackAt.toInstant();
    }
}
