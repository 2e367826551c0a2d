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

/** A hand-off (F2): an issue passed from a team member to another role of the team or to a department linkage. */
@Entity
@Table(name = "FQ_COG_HANDOFF")
public class HandoffEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "TICKET_ID")
    private long ticketId;
    @Column(name = "TEAM_ID")
    private long teamId;
    @Column(name = "PREVIOUS_ID")
    private Long previousId;
    @Column(name = "FROM_ID")
    private long fromId;
    @Column(name = "FROM_ROLE")
    private String fromRole;
    @Column(name = "TO_ROLE")
    private String toRole;
    @Column(name = "TO_LINKAGE")
    private String toLinkage;
    @Column(name = "TO_UNIT")
    private String toUnit;
    @Column(name = "REASON")
    private String reason;
    @Column(name = "STATE")
    private String state;
    @Column(name = "ACCEPT_BY")
    private Timestamp acceptBy;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "ACCEPTED_AT")
    private Timestamp acceptedAt;
    @Column(name = "ANSWERED_AT")
    private Timestamp answeredAt;
    @Column(name = "ANSWERED_BY")
    private Long answeredBy;
    @Column(name = "ANSWER")
    private String answer;
    @Column(name = "DONE_AT")
    private Timestamp doneAt;
    @Column(name = "ESCALATION_UNIT")
    private String escalationUnit;
    @Column(name = "ESCALATION_LEVEL")
    private int escalationLevel;
    @Column(name = "ESCALATED_AT")
    private Timestamp escalatedAt;
    @Version
    @Column(name = "ROW_VERSION")
    private int version;

    protected HandoffEntity() {
    }

    HandoffEntity(long ticketId, long teamId, Long previousId, long fromId, String fromRole, Handoff.Target to,
            String toUnit, String reason, Instant acceptBy, Instant at) {
        this.ticketId = ticketId;
        this.teamId = teamId;
        this.previousId = previousId;
        this.fromId = fromId;
        this.fromRole = fromRole;
        this.toRole = to.role();
        this.toLinkage = to.linkage();
        this.toUnit = toUnit;
        this.reason = reason;
        this.state = Handoff.State.PENDING.code();
        this.acceptBy = Timestamp.from(acceptBy);
        this.createdAt = Timestamp.from(at);
    }

    long id() {
        return id;
    }

    Handoff.State state() {
        return Handoff.State.fromCode(state);
    }

    int version() {
        return version;
    }

    /** The receiver answered: accepted, declined or handed on. */
    void answer(Handoff.State to, long by, String text, Instant at) {
        this.state = to.code();
        this.answeredBy = by;
        this.answer = text;
        this.answeredAt = Timestamp.from(at);
        if (to == Handoff.State.ACCEPTED) {
            this.acceptedAt = answeredAt;
        }
    }

    void done(long by, String note, Instant at) {
        this.state = Handoff.State.DONE.code();
        if (answeredBy == null) {
            this.answeredBy = by;
        }
        this.answer = note;
        this.doneAt = Timestamp.from(at);
    }

    Handoff view() {
        return new Handoff(id, ticketId, teamId, previousId, fromId, fromRole,
                new Handoff.Target(toRole, toLinkage), toUnit, reason, state(), acceptBy.toInstant(),
                createdAt.toInstant(), acceptedAt == null ? null : acceptedAt.toInstant(),
                answeredAt == null ? null : answeredAt.toInstant(), answeredBy, answer,
                doneAt == null ? null : doneAt.toInstant(), escalationUnit, escalationLevel,
                escalatedAt == null ? null : escalatedAt.toInstant(), version);
    }
}
