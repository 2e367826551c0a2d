package org.fengqiao.captain.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An actual business (实有单位) at an address: a shop, a restaurant, a rented warehouse. */
@Entity
@Table(name = "FQ_CAP_BUSINESS")
public class BusinessEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "ADDRESS_ID")
    private long addressId;
    @Column(name = "BUILDING_ID")
    private Long buildingId;
    @Column(name = "NAME")
    private String name;
    @Column(name = "BUSINESS_KIND")
    private String kind;
    @Column(name = "LICENCE_NUMBER")
    private String licenceNumber;
    @Column(name = "CONTACT_NAME")
    private String contactName;
    @Column(name = "CONTACT_PHONE")
    private String contactPhone;
    @Column(name = "CLOSED_AT")
    private Timestamp closedAt;
    @Column(name = "CHANGE_SEQ")
    private long changeSeq;

    protected BusinessEntity() {
    }

    BusinessEntity(AddressEntity address, String name, String kind, String licenceNumber, String contactName,
            String contactPhone, long seq) {
        this.addressId = address.id();
        this.buildingId = address.buildingId();
        this.name = name;
        this.kind = kind;
        this.licenceNumber = licenceNumber;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.changeSeq = seq;
    }

    void close(Instant at, long seq) {
        if (closedAt == null) {
            closedAt = Timestamp.from(at);
            changeSeq = seq;
        }
    }

    long id() {
        return id;
    }

    long addressId() {
        return addressId;
    }

    String name() {
        return name;
    }

    String kind() {
        return kind;
    }

    String licenceNumber() {
        return licenceNumber;
    }

    String contactName() {
        return contactName;
    }

    String contactPhone() {
        return contactPhone;
    }

    Instant closedAt() {
        return closedAt == null ? null : closedAt.toInstant();
    }
}
