package org.fengqiao.captain.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.fengqiao.captain.api.FieldRecord;

/** A field record as stored: its latest accepted version. */
@Entity
@Table(name = "FQ_CAP_RECORD")
public class FieldRecordEntity {

    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "KIND")
    private String kind;
    @Column(name = "CAPTAIN_ID")
    private long captainId;
    @Column(name = "ADDRESS_ID")
    private Long addressId;
    @Column(name = "BUILDING_ID")
    private Long buildingId;
    @Column(name = "RECORDED_AT")
    private Timestamp recordedAt;
    @Column(name = "RECEIVED_AT")
    private Timestamp receivedAt;
    @Column(name = "UPDATED_AT")
    private Timestamp updatedAt;
    @Column(name = "VERSION")
    private int version;
    @Lob
    @Column(name = "DATA")
    private String data;
    @Column(name = "TICKET_ID")
    private Long ticketId;
    @Column(name = "TICKET_PENDING")
    private boolean ticketPending;
    @Column(name = "CHANGE_SEQ")
    private long changeSeq;

    protected FieldRecordEntity() {
    }

    FieldRecordEntity(UUID id, String kind, long captainId, AddressEntity address, Instant recordedAt, String data,
            boolean ticketPending, Instant now, long seq) {
        this.id = id.toString();
        this.kind = kind;
        this.captainId = captainId;
        this.addressId = address == null ? null : address.id();
        this.buildingId = address == null ? null : address.buildingId();
        this.recordedAt = Timestamp.from(recordedAt);
        this.receivedAt = Timestamp.from(now);
        this.updatedAt = this.receivedAt;
        this.version = 1;
        this.data = data;
        this.ticketPending = ticketPending;
        this.changeSeq = seq;
    }

    /** A newer version of the data, accepted. */
    void update(AddressEntity address, Instant newRecordedAt, String newData, Instant now, long seq) {
        this.addressId = address == null ? null : address.id();
        this.buildingId = address == null ? null : address.buildingId();
        this.recordedAt = Timestamp.from(newRecordedAt);
        this.data = newData;
        this.updatedAt = Timestamp.from(now);
        this.version++;
        this.changeSeq = seq;
    }

    void ticket(long newTicketId) {
        this.ticketId = newTicketId;
        this.ticketPending = false;
    }

    /** The record's kind gave no ticket after all (it was uninstalled meanwhile, or declined). */
    void noTicket() {
        this.ticketPending = false;
    }

    UUID id() {
        return UUID.fromString(id);
    }

    String kind() {
        return kind;
    }

    long captainId() {
        return captainId;
    }

    Long addressId() {
        return addressId;
    }

    Long buildingId() {
        return buildingId;
    }

    Instant recordedAt() {
        return recordedAt.toInstant();
    }

    Instant receivedAt() {
        return receivedAt.toInstant();
    }

    int version() {
        return version;
    }

    String data() {
        return data;
    }

    Long ticketId() {
        return ticketId;
    }

    boolean ticketPending() {
        return ticketPending;
    }

    FieldRecord toRecord(AddressEntity address) {
        return new FieldRecord(id(), kind, captainId, address == null ? null : address.code(),
                address == null ? null : address.fullName(), recordedAt(), version, RecordJson.read(data), ticketId);
    }

    /** The change number of the transaction that wrote this row, set just before it commits. */
    void stamp(long seq) {
        this.changeSeq = seq;
    }
}
