package org.fengqiao.linkage.hotline.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A hotline record taken in; its hotline id is unique, so a repeated delivery finds it instead of a new ticket. */
@Entity
@Table(name = "FQ_HOTLINE_RECORD")
public class HotlineRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "HOTLINE_ID")
    private String hotlineId;
    @Column(name = "KEY_ID")
    private long keyId;
    @Column(name = "TICKET_ID")
    private Long ticketId;
    @Column(name = "CALLER")
    private String caller;
    @Column(name = "PHONE")
    private String phone;
    @Column(name = "ADDRESS")
    private String address;
    @Column(name = "CATEGORY")
    private String category;
    @Column(name = "DEADLINE")
    private Timestamp deadline;
    @Column(name = "RECEIVED_AT")
    private Timestamp receivedAt;

    protected HotlineRecordEntity() {
    }

    HotlineRecordEntity(String hotlineId, long keyId, String caller, String phone, String address, String category,
            Instant deadline, Instant receivedAt) {
        this.hotlineId = hotlineId;
        this.keyId = keyId;
        this.caller = caller;
        this.phone = phone;
        this.address = address;
        this.category = category;
        this.deadline = deadline == null ? null : Timestamp.from(deadline);
        this.receivedAt = Timestamp.from(receivedAt);
    }

    String hotlineId() {
        return hotlineId;
    }

    Long ticketId() {
        return ticketId;
    }

    void ticketId(long id) {
        ticketId = id;
    }

    String category() {
        return category;
    }

    Instant deadline() {
        return deadline == null ? null : deadline.toInstant();
    }

    Instant receivedAt() {
        return receivedAt.toInstant();
    }
}
