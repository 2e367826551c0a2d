package org.fengqiao.captain.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.captain.api.FieldRecordKind;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffQuery;
import org.fengqiao.identity.api.UnitKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a captain's device downloads (B2): what changed in their buildings since its last sync token: addresses,
 * households, businesses, their own records, their buildings (and the "432" chain of each), and the rules (record
 * kinds, workflows, early-warning rules) when those changed. The token is {@code <change number>.<rules hash>}.
 */
@Component(service = ChangeFeed.class)
public class ChangeFeed {

    record Kind(String code, LocalizedText name, boolean addressRequired, List<IntakeField> fields) {
    }

    record Rules(String hash, List<Kind> kinds, Map<String, List<VisitWorkflows.Step>> workflows,
            Map<String, VisitWorkflows.Role> roles, List<String> alertRules) {
    }

    record Person(long doorId, String door, String idNumber, String name, String phone, String kind,
            boolean registered, Instant movedInAt, Instant movedOutAt) {
    }

    record Address(String code, String level, String name, String fullName, String parent, String housing) {
    }

    record Staff(long id, String name, String title, String phone) {
    }

    record Chain(Staff captain, org.fengqiao.rest.api.UnitRef community, List<Staff> communityPolice,
            org.fengqiao.rest.api.UnitRef precinct, org.fengqiao.rest.api.UnitRef bureau) {
    }

    record Building(String code, String name, Instant assignedAt, boolean full, Chain chain) {
    }

    record Changes(String token, boolean complete, List<Building> buildings, List<String> removedBuildings,
            List<Address> addresses, List<Person> people, List<Population.Business> businesses,
            List<Map<String, Object>> records, Rules rules) {
    }

    private final CaptainDatabase db;
    private final Captains captains;
    private final RecordKinds kinds;
    private final AlertRules alertRules;
    private final CaptainSettings settings;
    private final IdentityService identity;
    private final AuditLog audit;
    private final AreaAccess area;

    @Activate
    public ChangeFeed(@Reference CaptainDatabase db, @Reference Captains captains, @Reference RecordKinds kinds,
            @Reference AlertRules alertRules, @Reference CaptainSettings settings,
            @Reference IdentityService identity, @Reference AuditLog audit, @Reference AreaAccess area) {
        this.area = area;
        this.db = db;
        this.captains = captains;
        this.kinds = kinds;
        this.alertRules = alertRules;
        this.settings = settings;
        this.identity = identity;
        this.audit = audit;
    }

    Changes since(Account captain, String token) {
        if (!captains.isCaptain(captain.id())) {
            throw FengqiaoException.forbidden("the changes feed is for building captains");
        }
        Rules rules = rules();
        long since = 0;
        String rulesSeen = "";
        if (token != null && !token.isBlank()) {
            String[] parts = token.strip().split("\\.", 2);
            try {
                since = Long.parseLong(parts[0]);
                rulesSeen = parts.length > 1 ? parts[1] : "";
            } catch (NumberFormatException e) {
                since = -1;
            }
            if (since < 0) {
                throw badToken(token);
            }
        }
        long from = since;
        Changes changes = db.read(em -> {
            long now = CaptainDatabase.currentChange(em);
            if (from > now) {
                throw badToken(token);
            }
            return collect(em, captain, from, now, rules);
        });
        boolean rulesChanged = !rules.hash().equals(rulesSeen);
        changes = new Changes(changes.token(), since == 0, changes.buildings(), changes.removedBuildings(),
                changes.addresses(), changes.people(), changes.businesses(), changes.records(),
                rulesChanged ? rules : null);
        if (!changes.people().isEmpty()) {
            audit.append(AuditEntry.of(captain, "personal_data.read", "captain", String.valueOf(captain.id()),
                    "field changes since " + since + ": " + changes.people().size() + " people"));
        }
        return changes;
    }

    private static FengqiaoException badToken(String token) {
        return FengqiaoException.invalid(List.of(new Problem("since", "invalid_token", "'" + token
                + "' is not a token this server gave; leave since out to download everything")));
    }

    private Changes collect(EntityManager em, Account captain, long since, long now, Rules rules) {
        List<AssignmentEntity> assignments = em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.captainId = :c"
                + " ORDER BY a.id", AssignmentEntity.class).setParameter("c", captain.id()).getResultList();
        List<Building> buildings = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<Address> addresses = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<Population.Business> businesses = new ArrayList<>();
        Map<Long, String> doorCodes = new LinkedHashMap<>();
        // buildings of one community share their chain: one staff query per community, not per building
        Map<String, Chain> chains = new java.util.HashMap<>();
        Staff me = staff(captain);
        for (AssignmentEntity a : assignments) {
            AddressEntity building = em.find(AddressEntity.class, a.buildingId());
            if (a.endedAt() != null) {
                if (a.changeSeq() > since && a.changeSeq() <= now) {
                    removed.add(building.code());
                }
                continue;
            }
            boolean full = a.changeSeq() > since;
            long from = full ? 0 : since;
            buildings.add(new Building(building.code(), building.fullName(), a.assignedAt(), full,
                    chains.computeIfAbsent(String.valueOf(building.unitCode()), u -> chain(me, building.unitCode()))));
            for (AddressEntity x : em.createQuery("SELECT x FROM AddressEntity x WHERE x.buildingId = :b"
                    + " AND x.changeSeq > :s AND x.changeSeq <= :n ORDER BY x.id", AddressEntity.class)
                    .setParameter("b", building.id()).setParameter("s", from).setParameter("n", now)
                    .getResultList()) {
                doorCodes.put(x.id(), x.code());
                AddressEntity parent = x.parentId() == null ? null : em.find(AddressEntity.class, x.parentId());
                addresses.add(new Address(x.code(), x.level().code(), x.name(), x.fullName(),
                        parent == null ? null : parent.code(), x.housing()));
            }
            for (PersonEntity p : em.createQuery("SELECT p FROM PersonEntity p WHERE p.buildingId = :b"
                    + " AND p.changeSeq > :s AND p.changeSeq <= :n ORDER BY p.id", PersonEntity.class)
                    .setParameter("b", building.id()).setParameter("s", from).setParameter("n", now)
                    .getResultList()) {
                String door = doorCodes.computeIfAbsent(p.doorId(), id -> em.find(AddressEntity.class, id).code());
                people.add(new Person(p.doorId(), door, p.idNumber(), p.name(), p.phone(), p.kind(), p.registered(),
                        p.movedInAt(), p.movedOutAt()));
            }
            for (BusinessEntity b : em.createQuery("SELECT b FROM BusinessEntity b WHERE b.buildingId = :b"
                    + " AND b.changeSeq > :s AND b.changeSeq <= :n ORDER BY b.id", BusinessEntity.class)
                    .setParameter("b", building.id()).setParameter("s", from).setParameter("n", now)
                    .getResultList()) {
                businesses.add(Population.business(b));
            }
        }
        List<Map<String, Object>> records = new ArrayList<>();
        for (FieldRecordEntity r : em.createQuery("SELECT r FROM FieldRecordEntity r WHERE r.captainId = :c"
                + " AND r.changeSeq > :s AND r.changeSeq <= :n ORDER BY r.recordedAt", FieldRecordEntity.class)
                .setParameter("c", captain.id()).setParameter("s", since).setParameter("n", now).getResultList()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", r.id().toString());
            view.put("kind", r.kind());
            view.put("recordedAt", r.recordedAt());
            view.put("version", r.version());
            view.put("ticketId", r.ticketId());
            view.put("data", RecordJson.read(r.data()));
            records.add(view);
        }
        return new Changes(now + "." + rules.hash(), since == 0, buildings, removed, addresses, people, businesses,
                records, rules);
    }

    /** The "432" chain of a building's community: the community and its police, the precinct, the bureau. */
    private Chain chain(Staff captain, String communityUnit) {
        if (communityUnit == null) {
            return new Chain(captain, null, List.of(), null, null);
        }
        List<Staff> police = identity.staffDirectory(new StaffQuery(null, communityUnit, Role.OFFICER, 0, 20))
                .stream().map(ChangeFeed::staff).toList();
        return new Chain(captain, org.fengqiao.rest.api.UnitRef.of(communityUnit, identity), police,
                org.fengqiao.rest.api.UnitRef.of(area.firstOfKind(communityUnit, UnitKind.PRECINCT), identity),
                org.fengqiao.rest.api.UnitRef.of(area.firstOfKind(communityUnit, UnitKind.BUREAU), identity));
    }

    private static Staff staff(Account a) {
        return new Staff(a.id(), a.publicName(), a.staff() == null ? null : a.staff().title(),
                a.staff() == null ? null : a.staff().publicPhone());
    }

    private record RulesKey(List<FieldRecordKind> kinds, CaptainSettings.Snapshot settings, List<String> alertRules) {
    }

    private record KeptRules(RulesKey key, Rules rules) {
    }

    private volatile KeptRules kept;

    /** The rules devices work by, and their hash: a device that has them gets them again only after a change. */
    Rules rules() {
        RulesKey key = new RulesKey(kinds.all(), settings.get(), alertRules.activeIds());
        KeptRules known = kept;
        if (known != null && known.key().equals(key)) {
            return known.rules();
        }
        Rules made = makeRules();
        kept = new KeptRules(key, made);
        return made;
    }

    private Rules makeRules() {
        List<Kind> kindViews = kinds.all().stream()
                .map((FieldRecordKind k) -> new Kind(k.code(), k.name(), k.addressRequired(), k.fields())).toList();
        VisitWorkflows w = settings.get().workflows();
        List<String> ruleIds = alertRules.activeIds();
        String hash = RecordJson.hash(List.of(kindViews, w.workflows(), w.roles(), ruleIds)).substring(0, 12);
        return new Rules(hash, kindViews, w.workflows(), w.roles(), ruleIds);
    }
}
