package org.fengqiao.cogovernance.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Someone invited to a meeting: a team role's holder, another account, or a party without an account (a department,
 * a property company, a residents' representative). Their answer, and when they signed in.
 */
@Entity
@Table(name = "FQ_COG_INVITEE")
public class InviteeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "MEETING_ID")
    private long meetingId;
    @Column(name = "INVITEE_KIND")
    private String kind;
    @Column(name = "ROLE_CODE")
    private String role;
    @Column(name = "ACCOUNT_ID")
    private Long accountId;
    @Column(name = "NAME")
    private String name;
    @Column(name = "CONTACT")
    private String contact;
    @Column(name = "RESPONSE")
    private String response;
    @Column(name = "SIGNED_AT")
    private Timestamp signedAt;
    @Column(name = "SIGNED_BY")
    private Long signedBy;

    protected InviteeEntity() {
    }

    InviteeEntity(long meetingId, String kind, String role, Long accountId, String name, String contact) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.role = role;
        this.accountId = accountId;
        this.name = name;
        this.contact = contact;
        this.response = "pending";
    }

    long id() {
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    Long accountId() {
        return accountId;
    }

    boolean signed() {
        return signedAt != null;
    }

    void respond(String response) {
        this.response = response;
    }

    void sign(long by, Instant at) {
        this.signedAt = Timestamp.from(at);
        this.signedBy = by;
    }

    Invitee view() {
        return new Invitee(id, kind, role, accountId, name, contact, response,
                signedAt == null ? null : signedAt.toInstant(), signedBy);
    }

    /** An invitee as shown with the meeting. */
    record Invitee(long id, String kind, String role, Long accountId, String name, String contact, String response,
            Instant signedAt, Long signedBy) {
    }
}
