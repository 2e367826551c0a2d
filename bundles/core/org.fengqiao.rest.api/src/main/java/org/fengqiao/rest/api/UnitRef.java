package org.fengqiao.rest.api;

import java.util.Optional;

import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;

/** A unit as every answer names it: its code and its Chinese and English names. */
public record UnitRef(String code, String nameZh, String nameEn) {

    /** The unit's reference, its code standing in for unknown names; {@code null} for no code. */
    public static UnitRef of(String code, IdentityService identity) {
        if (code == null) {
            return null;
        }
        Optional<OrgUnit> unit = identity.unit(code);
        return new UnitRef(code, unit.map(OrgUnit::nameZh).orElse(code), unit.map(OrgUnit::nameEn).orElse(code));
    }
}
