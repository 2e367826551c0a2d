package org.fengqiao.captain.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.UnitKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who may read the actual population of a building (一标三实 personal data): the building's captain, and police staff
 * of its community or its precinct (the "432" chain below the bureau). Never the public. Every allowed read is
 * audited.
 */
@Component(service = AreaAccess.class)
public class AreaAccess {

    private final IdentityService identity;
    private final AuditLog audit;

    @Activate
    public AreaAccess(@Reference IdentityService identity, @Reference AuditLog audit) {
        this.identity = identity;
        this.audit = audit;
    }

    /** A unit and the units above it, up to the root of the organisation tree. */
    List<OrgUnit> unitAndAncestors(String unitCode) {
        List<OrgUnit> units = new ArrayList<>();
        for (Optional<OrgUnit> u = unitCode == null ? Optional.empty() : identity.unit(unitCode); u.isPresent();
                u = u.get().parentCode() == null ? Optional.empty() : identity.unit(u.get().parentCode())) {
            units.add(u.get());
        }
        return units;
    }

    /** The first unit of a kind at or above a unit, or {@code null}. */
    String firstOfKind(String unitCode, UnitKind kind) {
        return unitAndAncestors(unitCode).stream().filter(u -> u.kind() == kind).map(OrgUnit::code).findFirst()
                .orElse(null);
    }

    /** The community unit and the units above it up to its precinct: where an area's police work. */
    List<String> areaUnits(String communityUnit) {
        List<String> units = new ArrayList<>();
        for (OrgUnit u : unitAndAncestors(communityUnit)) {
            units.add(u.code());
            if (u.kind() == UnitKind.PRECINCT) {
                break;
            }
        }
        return units;
    }

    /** The precinct of an address's community, or {@code null} if its community names no unit under a precinct. */
    String precinctOf(AddressEntity address) {
        return address == null ? null : precinctOfUnit(address.unitCode());
    }

    /** The first precinct at or above a unit, or {@code null}. */
    String precinctOfUnit(String unitCode) {
        return firstOfKind(unitCode, UnitKind.PRECINCT);
    }

    boolean mayRead(EntityManager em, Account viewer, AddressEntity address) {
        if (viewer == null) {
            return false;
        }
        if (address.buildingId() != null && Captains.serves(em, viewer.id(), address.buildingId())) {
            return true;
        }
        return viewer.isPolice() && address.unitCode() != null
                && areaUnits(address.unitCode()).contains(viewer.staff().unitCode());
    }

    /** Refuses anyone else with 403, and logs the read of whoever may. */
    void requireRead(EntityManager em, Account viewer, AddressEntity address, String what) {
        if (!mayRead(em, viewer, address)) {
            throw FengqiaoException.forbidden("only the captain of this building and police of its community and"
                    + " precinct read its personal data");
        }
        audit.append(AuditEntry.of(viewer, "personal_data.read", "address", address.code(), what));
    }
}
