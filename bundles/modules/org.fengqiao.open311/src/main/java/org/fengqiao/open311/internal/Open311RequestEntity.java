package org.fengqiao.open311.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** What an Open311 client sent with a request that the ticket does not hold. */
@Entity
@Table(name = "FQ_OPEN311_REQUEST")
public class Open311RequestEntity {

    @Id
    @Column(name = "TICKET_ID")
    private long ticketId;
    @Column(name = "TOKEN")
    private String token;
    @Column(name = "KEY_ID")
    private long keyId;
    @Column(name = "LAT")
    private Double lat;
    @Column(name = "LON")
    private Double lon;
    @Column(name = "ADDRESS_STRING")
    private String addressString;
    @Column(name = "ADDRESS_ID")
    private String addressId;
    @Column(name = "DEVICE_ID")
    private String deviceId;
    @Column(name = "ACCOUNT_ID")
    private String accountId;
    @Column(name = "MEDIA_URL")
    private String mediaUrl;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;

    protected Open311RequestEntity() {
    }

    Open311RequestEntity(long ticketId, String token, long keyId, Double lat, Double lon, String addressString,
            String addressId, String deviceId, String accountId, String mediaUrl, Instant createdAt) {
        this.ticketId = ticketId;
        this.token = token;
        this.keyId = keyId;
        this.lat = lat;
        this.lon = lon;
        this.addressString = addressString;
        this.addressId = addressId;
        this.deviceId = deviceId;
        this.accountId = accountId;
        this.mediaUrl = mediaUrl;
        this.createdAt = Timestamp.from(createdAt);
    }

    long ticketId() {
        return ticketId;
    }

    String token() {
        return token;
    }

    Double lat() {
        return lat;
    }

    Double lon() {
        return lon;
    }

    String addressString() {
        return addressString;
    }

    String addressId() {
        return addressId;
    }

    String accountId() {
        return accountId;
    }

    String mediaUrl() {
        return mediaUrl;
    }
}
