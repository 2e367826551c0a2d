package org.fengqiao.captain.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A person of the actual population (实有人口) at a door: one row per person and door, kept after moving out. */
@Entity
@Table(name = "FQ_CAP_PERSON")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "DOOR_ID")
    private long doorId;
    @Column(name = "BUILDING_ID")
    private long buildingId;
    @Column(name = "ID_NUMBER")
    private String idNumber;
    @Column(name = "NAME")
    private String name;
    @Column(name = "PHONE")
    private String phone;
    @Column(name = "PERSON_KIND")
    private String kind;
    @Column(name = "REGISTERED")
    private boolean registered;
    @Column(name = "MOVED_IN_AT")
    private Timestamp movedInAt;
    @Column(name = "MOVED_OUT_AT")
    private Timestamp movedOutAt;
    @Column(name = "CHANGE_SEQ")
    private long changeSeq;

    protected PersonEntity() {
    }

    PersonEntity(long doorId, long buildingId, String idNumber, Instant at) {
        this.doorId = doorId;
        this.buildingId = buildingId;
        this.idNumber = idNumber;
        this.movedInAt = Timestamp.from(at);
    }

    /** Lives here from now on, with these details. */
    void moveIn(String newName, String newPhone, String newKind, boolean isRegistered, Instant at, long seq) {
        if (movedOutAt != null) {
            movedOutAt = null;
            movedInAt = Timestamp.from(at);
        }
        this.name = newName;
        this.phone = newPhone;
        this.kind = newKind;
        this.registered = isRegistered;
        this.changeSeq = seq;
    }

    void moveOut(Instant at, long seq) {
        if (movedOutAt == null) {
            movedOutAt = Timestamp.from(at);
            changeSeq = seq;
        }
    }

    long id() {
        return id;
    }

    long doorId() {
        return doorId;
    }

    String idNumber() {
        return idNumber;
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }

    String kind() {
        return kind;
    }

    boolean registered() {
        return registered;
    }

    Instant movedInAt() {
        return movedInAt.toInstant();
    }

    Instant movedOutAt() {
        return movedOutAt == null ? null : movedOutAt.toInstant();
    }

    long changeSeq() {
        return changeSeq;
    }

    /** The change number of the transaction that wrote this row, set just before it commits. */
    void stamp(long seq) {
        this.changeSeq = seq;
    }
}
