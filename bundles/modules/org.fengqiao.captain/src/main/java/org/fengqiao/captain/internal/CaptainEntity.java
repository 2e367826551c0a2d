package org.fengqiao.captain.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A staff member appointed building captain, with what their public card shows besides their real name. */
@Entity
@Table(name = "FQ_CAP_CAPTAIN")
public class CaptainEntity {

    @Id
    @Column(name = "ACCOUNT_ID")
    private long accountId;
    @Column(name = "PUBLIC_PHONE")
    private String publicPhone;
    @Column(name = "QR_CODE_URL")
    private String qrCodeUrl;
    @Column(name = "PHOTO_URL")
    private String photoUrl;
    @Column(name = "APPOINTED_AT")
    private Timestamp appointedAt;
    @Column(name = "CHANGE_SEQ")
    private long changeSeq;

    protected CaptainEntity() {
    }

    CaptainEntity(long accountId, Instant at, long seq) {
        this.accountId = accountId;
        this.appointedAt = Timestamp.from(at);
        this.changeSeq = seq;
    }

    void card(String phone, String qrCode, String photo, long seq) {
        this.publicPhone = phone;
        this.qrCodeUrl = qrCode;
        this.photoUrl = photo;
        this.changeSeq = seq;
    }

    long accountId() {
        return accountId;
    }

    String publicPhone() {
        return publicPhone;
    }

    String qrCodeUrl() {
        return qrCodeUrl;
    }

    String photoUrl() {
        return photoUrl;
    }
}
