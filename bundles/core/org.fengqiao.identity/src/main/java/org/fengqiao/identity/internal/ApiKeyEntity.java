package org.fengqiao.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fengqiao.identity.api.ApiKey;

/** An API key, stored as the SHA-256 hash of its secret. */
@Entity
@Table(name = "FQ_API_KEY")
public class ApiKeyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "NAME")
    private String name;
    @Column(name = "PURPOSE")
    private String purpose;
    @Column(name = "KEY_HASH")
    private String keyHash;
    @Column(name = "ACCOUNT_ID")
    private long accountId;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "REVOKED_AT")
    private Timestamp revokedAt;

    protected ApiKeyEntity() {
    }

    ApiKeyEntity(String name, String purpose, String keyHash, long accountId, Instant createdAt) {
        this.name = name;
        this.purpose = purpose;
        this.keyHash = keyHash;
        this.accountId = accountId;
        this.createdAt = Timestamp.from(createdAt);
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = Timestamp.from(at);
        }
    }

    long accountId() {
        return accountId;
    }

    ApiKey toKey(String clientName) {
        return new ApiKey(id, name, purpose, accountId, clientName, createdAt.toInstant(),
                revokedAt == null ? null : revokedAt.toInstant());
    }
}
