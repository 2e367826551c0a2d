package org.fengqiao.identity.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.UnitKind;

@Entity
@Table(name = "FQ_ORG_UNIT")
public class OrgUnitEntity {

    @Id
    @Column(name = "CODE")
    private String code;
    @Column(name = "KIND")
    private String kind;
    @Column(name = "NAME_ZH")
    private String nameZh;
    @Column(name = "NAME_EN")
    private String nameEn;
    @Column(name = "PARENT_CODE")
    private String parentCode;
    @Column(name = "ACTIVE")
    private boolean active;

    protected OrgUnitEntity() {
    }

    OrgUnitEntity(String code) {
        this.code = code;
    }

    void update(OrgUnit unit) {
        kind = unit.kind().code();
        nameZh = unit.nameZh();
        nameEn = unit.nameEn();
        parentCode = unit.parentCode();
        active = true;
    }

    void deactivate() {
        active = false;
    }

    boolean isActive() {
        return active;
    }

    String code() {
        return code;
    }

    OrgUnit toUnit() {
        return new OrgUnit(code, UnitKind.fromCode(kind).orElseThrow(), nameZh, nameEn, parentCode);
    }
}
