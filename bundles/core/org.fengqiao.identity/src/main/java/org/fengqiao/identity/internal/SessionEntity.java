package org.fengqiao.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A bearer token, stored as its SHA-256 hash so that a copy of the database holds no usable token. */
@Entity
@Table(name = "FQ_SESSION")
public class SessionEntity {

    @Id
    @Column(name = "TOKEN_HASH")
    private String tokenHash;
    @Column(name = "ACCOUNT_ID")
    private long accountId;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "EXPIRES_AT")
    private Timestamp expiresAt;

    protected SessionEntity() {
    }

    SessionEntity(String tokenHash, long accountId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.createdAt = Timestamp.from(createdAt);
        this.expiresAt = Timestamp.from(expiresAt);
    }

    String tokenHash() {
        return tokenHash;
    }

    Instant createdAt() {
        return createdAt.toInstant();
    }

    long accountId() {
        return accountId;
    }

    Instant expiresAt() {
        return expiresAt.toInstant();
    }
}
