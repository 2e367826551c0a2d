package org.fengqiao.captain.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.UnitKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The standard addresses (一标): district → sub-district → community → compound → building → entrance → door. */
@Component(service = AddressBook.class)
public class AddressBook {

    record Imported(int created, int updated) {
    }

    private final CaptainDatabase db;
    private final IdentityService identity;
    private final AuditLog audit;

    @Activate
    public AddressBook(@Reference CaptainDatabase db, @Reference IdentityService identity, @Reference AuditLog audit) {
        this.db = db;
        this.identity = identity;
        this.audit = audit;
    }

    /**
     * Imports an address list (see {@link AddressCsv}): new codes are added, known ones renamed; all or nothing, with
     * every problem of the file named at once.
     */
    Imported importCsv(Account admin, Reader csv) {
        Problems problems = new Problems();
        List<AddressCsv.Row> rows = AddressCsv.parse(csv, problems);
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("file", "empty", "the file holds no address");
        }
        problems.throwIfAny();
        Imported result = db.inTransaction(em -> {
            long seq = CaptainDatabase.nextChange(em);
            Map<String, Known> known = known(em, rows);
            int created = 0;
            int updated = 0;
            // level by level, parents first: one flush per level gives the new ids, and the context stays small
            for (AddressLevel level : AddressLevel.values()) {
                Map<String, AddressEntity> fresh = new java.util.LinkedHashMap<>();
                for (AddressCsv.Row row : rows) {
                    if (row.level() != level) {
                        continue;
                    }
                    String at = "line." + row.line();
                    Known parent = row.parent() == null ? null : known.get(row.parent());
                    if (row.parent() != null && parent == null) {
                        problems.add(at, "unknown_parent", "line " + row.line() + ": parent '" + row.parent()
                                + "' is neither known nor in the file");
                        continue;
                    }
                    if (parent != null && parent.level().child().orElse(null) != row.level()) {
                        problems.add(at, "invalid_parent", "line " + row.line() + ": a " + row.level().code()
                                + " cannot be inside a " + parent.level().code());
                        continue;
                    }
                    if (row.unit() != null && !isCommunityUnit(row.unit())) {
                        problems.add(at, "unknown_unit", "line " + row.line() + ": '" + row.unit()
                                + "' is not a community of the organisation tree");
                        continue;
                    }
                    if (fresh.containsKey(row.code())) {
                        problems.add(at, "duplicate_code", "line " + row.line() + ": '" + row.code()
                                + "' is on an earlier line");
                        continue;
                    }
                    Known existing = known.get(row.code());
                    if (existing != null) {
                        if (existing.level() != row.level() || !java.util.Objects.equals(existing.parentId(),
                                parent == null ? null : parent.id())) {
                            problems.add(at, "address_moved", "line " + row.line() + ": '" + row.code()
                                    + "' exists at another place of the tree; codes are stable, give a new code");
                            continue;
                        }
                        AddressEntity node = em.find(AddressEntity.class, existing.id());
                        rename(em, node, parent, row, seq);
                        known.put(row.code(), Known.of(node));
                        updated++;
                    } else {
                        AddressEntity address = new AddressEntity(row.code(), parent, row.level(), row.name(),
                                row.unit(), seq);
                        if (row.housing() != null) {
                            address.housing(row.housing(), seq);
                        }
                        em.persist(address);
                        fresh.put(row.code(), address);
                        created++;
                    }
                }
                em.flush();
                if (level == AddressLevel.BUILDING) {
                    fresh.values().forEach(AddressEntity::becomeBuilding);
                    em.flush();
                }
                fresh.forEach((code, a) -> known.put(code, Known.of(a)));
                em.clear();
            }
            problems.throwIfAny();
            return new Imported(created, updated);
        });
        audit.append(AuditEntry.of(admin, "addresses.imported", "address", "import",
                result.created() + " created, " + result.updated() + " updated"));
        return result;
    }

    /** What an import needs of an address it placed or found. */
    record Known(long id, AddressLevel level, String fullName, String unitCode, Long buildingId, Long parentId) {
        static Known of(AddressEntity a) {
            return new Known(a.id(), a.level(), a.fullName(), a.unitCode(), a.buildingId(), a.parentId());
        }
    }

    /** The stored addresses that the rows name, as codes or as parents. */
    private static Map<String, Known> known(EntityManager em, List<AddressCsv.Row> rows) {
        List<String> codes = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.code(), r.parent()))
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, Known> known = new HashMap<>();
        for (int from = 0; from < codes.size(); from += 500) {
            em.createQuery("SELECT a FROM AddressEntity a WHERE a.code IN :c", AddressEntity.class)
                    .setParameter("c", codes.subList(from, Math.min(codes.size(), from + 500))).getResultList()
                    .forEach(a -> known.put(a.code(), Known.of(a)));
        }
        em.clear();
        return known;
    }

    private boolean isCommunityUnit(String code) {
        return identity.unit(code).map(OrgUnit::kind).filter(k -> k == UnitKind.COMMUNITY).isPresent();
    }

    /** A renamed node renames the full names below it. */
    private void rename(EntityManager em, AddressEntity node, Known parent, AddressCsv.Row row, long seq) {
        String unit = row.unit() != null ? row.unit() : parent == null ? node.unitCode() : parent.unitCode();
        String fullName = parent == null ? row.name() : parent.fullName() + " " + row.name();
        boolean cascade = !fullName.equals(node.fullName()) || !java.util.Objects.equals(unit, node.unitCode());
        node.rename(row.name(), fullName, unit, seq);
        if (row.housing() != null) {
            node.housing(row.housing(), seq);
        }
        if (cascade) {
            List<AddressEntity> level = children(em, node.id());
            while (!level.isEmpty()) {
                List<AddressEntity> next = new ArrayList<>();
                for (AddressEntity child : level) {
                    AddressEntity up = em.find(AddressEntity.class, child.parentId());
                    String childUnit = child.level() == AddressLevel.COMMUNITY && child.unitCode() != null
                            ? child.unitCode() : up.unitCode();
                    child.rename(child.name(), up.fullName() + " " + child.name(), childUnit, seq);
                    next.addAll(children(em, child.id()));
                }
                level = next;
            }
        }
    }

    static Optional<AddressEntity> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT a FROM AddressEntity a WHERE a.code = :c", AddressEntity.class)
                .setParameter("c", code).getResultList().stream().findFirst();
    }

    static AddressEntity require(EntityManager em, String code) {
        return byCode(em, code).orElseThrow(
                () -> FengqiaoException.notFound("address_not_found", "no standard address '" + code + "'"));
    }

    static List<AddressEntity> children(EntityManager em, long id) {
        return em.createQuery("SELECT a FROM AddressEntity a WHERE a.parentId = :p ORDER BY a.code", AddressEntity.class)
                .setParameter("p", id).getResultList();
    }

    AddressEntity address(String code) {
        return db.read(em -> require(em, code));
    }

    List<AddressEntity> children(String code) {
        return db.read(em -> children(em, require(em, code).id()));
    }

    /**
     * Addresses whose written-out name holds every word of {@code text}, outermost first, at most {@code limit}; doors
     * only when {@code withDoors}.
     */
    List<AddressEntity> search(String text, boolean withDoors, int limit) {
        List<String> words = List.of(text.strip().split("\\s+"));
        StringBuilder jpql = new StringBuilder("SELECT a FROM AddressEntity a WHERE 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND a.fullName LIKE :w").append(i);
        }
        if (!withDoors) {
            jpql.append(" AND a.level <> 'door'");
        }
        jpql.append(" ORDER BY a.fullName");
        return db.read(em -> {
            TypedQuery<AddressEntity> q = em.createQuery(jpql.toString(), AddressEntity.class);
            for (int i = 0; i < words.size(); i++) {
                q.setParameter("w" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
            }
            return q.setMaxResults(limit).getResultList();
        });
    }

    /** The buildings at or above which {@code node} is: its own building, or every building below it. */
    static List<Long> buildingsOf(EntityManager em, AddressEntity node) {
        if (node.level().atOrBelowBuilding()) {
            return List.of(node.buildingId());
        }
        List<Long> buildings = new ArrayList<>();
        List<AddressEntity> level = List.of(node);
        while (!level.isEmpty()) {
            List<Long> ids = level.stream().map(AddressEntity::id).toList();
            List<AddressEntity> next = em.createQuery("SELECT a FROM AddressEntity a WHERE a.parentId IN :p",
                    AddressEntity.class).setParameter("p", ids).getResultList();
            level = next.stream().filter(a -> {
                if (a.level() == AddressLevel.BUILDING) {
                    buildings.add(a.id());
                    return false;
                }
                return true;
            }).toList();
        }
        return buildings;
    }

    /** Adds an actual business (实有单位) at an address. */
    BusinessEntity addBusiness(Account by, String code, String name, String kind, String licence, String contactName,
            String contactPhone) {
        Problems problems = new Problems().text("name", name, true, 200).text("kind", kind, true, 64)
                .text("licenceNumber", licence, false, 64).text("contactName", contactName, false, 100)
                .text("contactPhone", contactPhone, false, 32);
        problems.throwIfAny();
        BusinessEntity added = db.inTransaction(em -> {
            AddressEntity address = require(em, code);
            long seq = CaptainDatabase.nextChange(em);
            BusinessEntity business = new BusinessEntity(address, name.strip(), kind.strip(), strip(licence),
                    strip(contactName), strip(contactPhone), seq);
            em.persist(business);
            em.flush();
            return business;
        });
        audit.append(AuditEntry.of(by, "business.added", "address", code, "business " + added.id()));
        return added;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
