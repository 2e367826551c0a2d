package org.fengqiao.identity.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.OrganisationTree;
import org.fengqiao.identity.api.UnitKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the city's organisation tree from Config Admin (PID {@value #PID}) into the database, at start and
 * whenever the file changes. Keys: {@code unit.<code>.kind}, {@code unit.<code>.name.zh},
 * {@code unit.<code>.name.en}, {@code unit.<code>.parent}. Units left out of the file are deactivated, not
 * deleted, since tickets and staff still refer to them.
 */
@Component(configurationPid = OrganisationConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true, service = OrganisationTree.class)
public class OrganisationConfig implements OrganisationTree {

    static final String PID = "org.fengqiao.identity.units";
    private static final Logger LOG = LoggerFactory.getLogger(OrganisationConfig.class);

    private final IdentityDatabase db;
    private final ActiveUnits active;
    private volatile List<OrgUnit> units = List.of();

    @Activate
    public OrganisationConfig(@Reference IdentityDatabase db, @Reference ActiveUnits active,
            Map<String, Object> properties) {
        this.db = db;
        this.active = active;
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        List<OrgUnit> units = parse(properties);
        Set<String> codes = units.stream().map(OrgUnit::code).collect(Collectors.toSet());
        db.inTransaction(em -> {
            for (OrgUnit unit : units) {
                OrgUnitEntity entity = Optional.ofNullable(em.find(OrgUnitEntity.class, unit.code()))
                        .orElseGet(() -> {
                            OrgUnitEntity created = new OrgUnitEntity(unit.code());
                            em.persist(created);
                            return created;
                        });
                entity.update(unit);
            }
            em.createQuery("SELECT u FROM OrgUnitEntity u", OrgUnitEntity.class).getResultList().stream()
                    .filter(u -> !codes.contains(u.code())).forEach(OrgUnitEntity::deactivate);
            return null;
        });
        this.units = units;
        active.replace(units);
        LOG.info("Organisation tree loaded: {} units", units.size());
    }

    @Override
    public List<OrgUnit> units() {
        return units;
    }

    /** Parses and checks the units; a unit with a wrong kind or an unknown parent is logged and left out. */
    static List<OrgUnit> parse(Map<String, Object> properties) {
        Set<String> codes = new TreeSet<>();
        for (String key : properties.keySet()) {
            if (key.startsWith("unit.") && key.endsWith(".kind")) {
                codes.add(key.substring("unit.".length(), key.length() - ".kind".length()));
            }
        }
        List<OrgUnit> units = new ArrayList<>();
        for (String code : codes) {
            String kind = value(properties, code, "kind");
            Optional<UnitKind> unitKind = UnitKind.fromCode(kind);
            if (unitKind.isEmpty()) {
                LOG.error("Unit {}: unknown kind '{}', expected one of bureau, precinct, community, department",
                        code, kind);
                continue;
            }
            String zh = value(properties, code, "name.zh");
            String en = value(properties, code, "name.en");
            String parent = value(properties, code, "parent");
            units.add(new OrgUnit(code, unitKind.get(), zh == null ? code : zh, en == null ? code : en,
                    parent == null || parent.isBlank() ? null : parent));
        }
        Set<String> known = units.stream().map(OrgUnit::code).collect(Collectors.toSet());
        List<OrgUnit> valid = new ArrayList<>();
        for (OrgUnit unit : units) {
            if (unit.parentCode() != null && !known.contains(unit.parentCode())) {
                LOG.error("Unit {}: parent '{}' is not defined; unit left out", unit.code(), unit.parentCode());
            } else {
                valid.add(unit);
            }
        }
        List<OrgUnit> ordered = new ArrayList<>();
        addLevel(null, valid, ordered);
        return Collections.unmodifiableList(ordered);
    }

    private static void addLevel(String parent, List<OrgUnit> all, List<OrgUnit> into) {
        for (OrgUnit unit : all) {
            if (parent == null ? unit.parentCode() == null : parent.equals(unit.parentCode())) {
                into.add(unit);
                addLevel(unit.code(), all, into);
            }
        }
    }

    private static String value(Map<String, Object> properties, String code, String suffix) {
        Object v = properties.get("unit." + code + "." + suffix);
        return v == null ? null : v.toString().strip();
    }
}
