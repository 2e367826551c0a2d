package org.fengqiao.captain.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One node of the standard address tree (一标): district down to door. */
@Entity
@Table(name = "FQ_CAP_ADDRESS")
public class AddressEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "CODE")
    private String code;
    @Column(name = "PARENT_ID")
    private Long parentId;
    @Column(name = "ADDRESS_LEVEL")
    private String level;
    @Column(name = "NAME")
    private String name;
    @Column(name = "FULL_NAME")
    private String fullName;
    @Column(name = "UNIT_CODE")
    private String unitCode;
    @Column(name = "BUILDING_ID")
    private Long buildingId;
    @Column(name = "HOUSING")
    private String housing;
    @Column(name = "CHANGE_SEQ")
    private long changeSeq;

    protected AddressEntity() {
    }

    AddressEntity(String code, AddressBook.Known parent, AddressLevel level, String name, String unitCode, long seq) {
        this.code = code;
        this.parentId = parent == null ? null : parent.id();
        this.level = level.code();
        this.name = name;
        this.fullName = parent == null ? name : parent.fullName() + " " + name;
        this.unitCode = unitCode != null ? unitCode : parent == null ? null : parent.unitCode();
        this.buildingId = parent == null ? null : parent.buildingId();
        this.changeSeq = seq;
    }

    long id() {
        return id;
    }

    String code() {
        return code;
    }

    Long parentId() {
        return parentId;
    }

    AddressLevel level() {
        return AddressLevel.fromCode(level).orElseThrow();
    }

    String name() {
        return name;
    }

    String fullName() {
        return fullName;
    }

    String unitCode() {
        return unitCode;
    }

    Long buildingId() {
        return buildingId;
    }

    /** A building is its own building; set once its id is known. */
    void becomeBuilding() {
        this.buildingId = id;
    }

    String housing() {
        return housing;
    }

    long changeSeq() {
        return changeSeq;
    }

    void rename(String newName, String newFullName, String newUnitCode, long seq) {
        this.name = newName;
        this.fullName = newFullName;
        this.unitCode = newUnitCode;
        this.changeSeq = seq;
    }

    void housing(String value, long seq) {
        this.housing = value;
        this.changeSeq = seq;
    }

    /** The change number of the transaction that wrote this row, set just before it commits. */
    void stamp(long seq) {
        this.changeSeq = seq;
    }
}
