package org.fengqiao.cogovernance.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Who held a role of a team, as its holder or a substitute, from when until when (still, while until is null). */
@Entity
@Table(name = "FQ_COG_MEMBER")
public class MemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "TEAM_ID")
    private long teamId;
    @Column(name = "ROLE_CODE")
    private String role;
    @Column(name = "ACCOUNT_ID")
    private long accountId;
    @Column(name = "SUBSTITUTE")
    private boolean substitute;
    @Column(name = "CONTACT")
    private String contact;
    @Column(name = "FROM_AT")
    private Timestamp fromAt;
    @Column(name = "UNTIL_AT")
    private Timestamp untilAt;
    @Column(name = "CHANGED_BY")
    private long changedBy;

    protected MemberEntity() {
    }

    MemberEntity(long teamId, String role, long accountId, boolean substitute, String contact, Instant from,
            long changedBy) {
        this.teamId = teamId;
        this.role = role;
        this.accountId = accountId;
        this.substitute = substitute;
        this.contact = contact;
        this.fromAt = Timestamp.from(from);
        this.changedBy = changedBy;
    }

    long teamId() {
        return teamId;
    }

    String role() {
        return role;
    }

    long accountId() {
        return accountId;
    }

    boolean substitute() {
        return substitute;
    }

    String contact() {
        return contact;
    }

    Instant from() {
        return fromAt.toInstant();
    }

    Instant until() {
        return untilAt == null ? null : untilAt.toInstant();
    }

    void end(Instant at) {
        this.untilAt = Timestamp.from(at);
    }
}
