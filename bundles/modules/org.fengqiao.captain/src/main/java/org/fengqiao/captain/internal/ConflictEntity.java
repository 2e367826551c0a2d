package org.fengqiao.captain.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** An edit based on a version that was no longer the stored one: kept for review, never applied silently. */
@Entity
@Table(name = "FQ_CAP_CONFLICT")
public class ConflictEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "RECORD_ID")
    private String recordId;
    @Column(name = "CAPTAIN_ID")
    private long captainId;
    @Column(name = "BASE_VERSION")
    private int baseVersion;
    @Column(name = "STORED_VERSION")
    private int storedVersion;
    @Lob
    @Column(name = "DATA")
    private String data;
    @Column(name = "RECORDED_AT")
    private Timestamp recordedAt;
    @Column(name = "RECEIVED_AT")
    private Timestamp receivedAt;
    @Column(name = "RESOLUTION")
    private String resolution;
    @Column(name = "RESOLVED_BY")
    private Long resolvedBy;
    @Column(name = "RESOLVED_AT")
    private Timestamp resolvedAt;

    protected ConflictEntity() {
    }

    ConflictEntity(String recordId, long captainId, int baseVersion, int storedVersion, String data,
            Instant recordedAt, Instant now) {
        this.recordId = recordId;
        this.captainId = captainId;
        this.baseVersion = baseVersion;
        this.storedVersion = storedVersion;
        this.data = data;
        this.recordedAt = Timestamp.from(recordedAt);
        this.receivedAt = Timestamp.from(now);
    }

    void resolve(String how, long by, Instant at) {
        this.resolution = how;
        this.resolvedBy = by;
        this.resolvedAt = Timestamp.from(at);
    }

    long id() {
        return id;
    }

    String recordId() {
        return recordId;
    }

    long captainId() {
        return captainId;
    }

    int baseVersion() {
        return baseVersion;
    }

    int storedVersion() {
        return storedVersion;
    }

    String data() {
        return data;
    }

    Instant recordedAt() {
        return recordedAt.toInstant();
    }

    Instant receivedAt() {
        return receivedAt.toInstant();
    }

    String resolution() {
        return resolution;
    }

    Long resolvedBy() {
        return resolvedBy;
    }

    Instant resolvedAt() {
        return resolvedAt == null ? null : resolvedAt.toInstant();
    }
}
