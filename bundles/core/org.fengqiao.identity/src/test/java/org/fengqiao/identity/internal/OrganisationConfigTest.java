package org.fengqiao.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.UnitKind;
import org.junit.jupiter.api.Test;

class OrganisationConfigTest {

    @Test
    void parsesUnitsParentsFirstAndDropsBrokenOnes() {
        List<OrgUnit> units = OrganisationConfig.parse(Map.ofEntries(
                Map.entry("unit.c1.kind", "community"),
                Map.entry("unit.c1.parent", "p1"),
                Map.entry("unit.c1.name.zh", "社区"),
                Map.entry("unit.p1.kind", "precinct"),
                Map.entry("unit.p1.parent", "b"),
                Map.entry("unit.p1.name.en", "Precinct"),
                Map.entry("unit.b.kind", "bureau"),
                Map.entry("unit.orphan.kind", "community"),
                Map.entry("unit.orphan.parent", "nowhere"),
                Map.entry("unit.odd.kind", "village"),
                Map.entry("felix.fileinstall.filename", "file:/etc/x.cfg")));
        assertEquals(List.of("b", "p1", "c1"), units.stream().map(OrgUnit::code).toList());
        assertEquals(UnitKind.COMMUNITY, units.get(2).kind());
        assertEquals("社区", units.get(2).nameZh());
        assertEquals("c1", units.get(2).nameEn());
        assertEquals("Precinct", units.get(1).nameEn());
    }
}
