package org.fengqiao.captain.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A captain serves a building from {@code assignedAt} until {@code endedAt}. */
@Entity
@Table(name = "FQ_CAP_ASSIGNMENT")
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "CAPTAIN_ID")
    private long captainId;
    @Column(name = "BUILDING_ID")
    private long buildingId;
    @Column(name = "ASSIGNED_AT")
    private Timestamp assignedAt;
    @Column(name = "ENDED_AT")
    private Timestamp endedAt;
    @Column(name = "CHANGE_SEQ")
    private long changeSeq;

    protected AssignmentEntity() {
    }

    AssignmentEntity(long captainId, long buildingId, Instant at, long seq) {
        this.captainId = captainId;
        this.buildingId = buildingId;
        this.assignedAt = Timestamp.from(at);
        this.changeSeq = seq;
    }

    void end(Instant at, long seq) {
        if (endedAt == null) {
            endedAt = Timestamp.from(at);
            changeSeq = seq;
        }
    }

    long captainId() {
        return captainId;
    }

    long buildingId() {
        return buildingId;
    }

    Instant assignedAt() {
        return assignedAt.toInstant();
    }

    Instant endedAt() {
        return endedAt == null ? null : endedAt.toInstant();
    }

    long changeSeq() {
        return changeSeq;
    }
}
