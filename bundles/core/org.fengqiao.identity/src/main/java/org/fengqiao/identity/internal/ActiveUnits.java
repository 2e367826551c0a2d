package org.fengqiao.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.fengqiao.identity.api.OrgUnit;
import org.osgi.service.component.annotations.Component;

/**
 * The active units as last written by {@link OrganisationConfig}, in memory: every view names units, and the tree
 * changes only when the city's units file does, which is when it is replaced here. Empty until the first load, when
 * the stored units are the truth.
 */
@Component(service = ActiveUnits.class)
public class ActiveUnits {

    private volatile Map<String, OrgUnit> byCode;
    private volatile List<OrgUnit> sorted;
    private final AtomicLong replacements = new AtomicLong();

    void replace(List<OrgUnit> units) {
        Map<String, OrgUnit> map = new LinkedHashMap<>();
        units.forEach(u -> map.put(u.code(), u));
        sorted = units.stream().sorted(java.util.Comparator.comparing(OrgUnit::code)).toList();
        byCode = Map.copyOf(map);
        replacements.incrementAndGet();
    }

    /** How often the units were replaced: grows after the new units are in place. */
    long replacements() {
        return replacements.get();
    }

    /** Every active unit, by code. */
    List<OrgUnit> all() {
        return sorted;
    }

    boolean loaded() {
        return byCode != null;
    }

    Optional<OrgUnit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
