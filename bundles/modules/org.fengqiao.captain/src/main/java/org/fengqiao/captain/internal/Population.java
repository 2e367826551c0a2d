package org.fengqiao.captain.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.fengqiao.captain.api.AddressFacts;
import org.fengqiao.captain.api.PopulationChange;
import org.fengqiao.platform.api.Problems;

/** The actual population (实有人口), housing and businesses (实有房屋, 实有单位) at the standard addresses. */
final class Population {

    record Person(String idNumber, String name, String phone, String kind, boolean registered, Instant movedInAt,
            Instant movedOutAt) {
    }

    record Business(long id, String name, String kind, String licenceNumber, String contactName, String contactPhone,
            Instant closedAt) {
    }

    record Household(String code, String name, String housing, List<Person> people, List<Business> businesses) {
    }

    static final java.util.Set<String> KINDS = java.util.Set.of("resident", "tenant", "floating");

    private Population() {
    }

    /** Checks a record's changes before anything is written: each is about a door of the record's building. */
    static void check(EntityManager em, List<PopulationChange> changes, Long building, Problems problems) {
        for (PopulationChange change : changes) {
            AddressEntity door = AddressBook.byCode(em, change.doorCode()).orElse(null);
            if (door == null || door.level() != AddressLevel.DOOR || !door.buildingId().equals(building)) {
                problems.add("data.address", "not_a_door", "population changes need a door of the record's building");
            } else if (!KINDS.contains(change.kind())) {
                problems.add("data.person_kind", "not_allowed", "'" + change.kind() + "' is not one of " + KINDS);
            }
        }
    }

    /** Applies checked changes as of {@code at}; each changed row is handed to {@code stamps} for its change number. */
    static void apply(EntityManager em, List<PopulationChange> changes, Instant at,
            java.util.function.Consumer<java.util.function.LongConsumer> stamps) {
        long seq = 0;
        for (PopulationChange change : changes) {
            AddressEntity door = AddressBook.byCode(em, change.doorCode()).orElseThrow();
            String idNumber = change.idNumber().toUpperCase(java.util.Locale.ROOT);
            PersonEntity person = em.createQuery("SELECT p FROM PersonEntity p WHERE p.doorId = :d"
                    + " AND p.idNumber = :n", PersonEntity.class).setParameter("d", door.id())
                    .setParameter("n", idNumber).getResultList().stream().findFirst().orElse(null);
            if (change.action() == PopulationChange.Action.MOVE_IN) {
                if (person == null) {
                    person = new PersonEntity(door.id(), door.buildingId(), idNumber, at);
                    em.persist(person);
                }
                person.moveIn(change.name(), change.phone(), change.kind(), change.registered(), at, seq);
                stamps.accept(person::stamp);
            } else if (person != null) {
                person.moveOut(at, seq);
                stamps.accept(person::stamp);
            }
            if (change.housing() != null) {
                door.housing(change.housing(), seq);
                stamps.accept(door::stamp);
            }
        }
        em.flush();
    }

    static AddressFacts facts(EntityManager em) {
        return new AddressFacts() {
            @Override
            public int unregisteredAt(String doorCode) {
                return count(em, doorCode, " AND p.registered = FALSE");
            }

            @Override
            public int livingAt(String doorCode) {
                return count(em, doorCode, "");
            }
        };
    }

    private static int count(EntityManager em, String doorCode, String condition) {
        return AddressBook.byCode(em, doorCode).map(door -> em.createQuery("SELECT COUNT(p) FROM PersonEntity p"
                + " WHERE p.doorId = :d AND p.movedOutAt IS NULL" + condition, Long.class)
                .setParameter("d", door.id()).getSingleResult().intValue()).orElse(0);
    }

    /** The doors at or below {@code at} (a building, entrance or door) with who lives there now. */
    static List<Household> households(EntityManager em, AddressEntity at) {
        List<AddressEntity> doors = at.level() == AddressLevel.DOOR ? List.of(at)
                : em.createQuery("SELECT a FROM AddressEntity a WHERE a.buildingId = :b AND a.level = 'door'"
                        + " ORDER BY a.code", AddressEntity.class).setParameter("b", at.buildingId()).getResultList()
                        .stream().filter(d -> at.level() == AddressLevel.BUILDING || d.parentId().equals(at.id()))
                        .toList();
        Map<Long, List<Person>> people = new LinkedHashMap<>();
        for (PersonEntity p : em.createQuery("SELECT p FROM PersonEntity p WHERE p.buildingId = :b"
                + " AND p.movedOutAt IS NULL ORDER BY p.id", PersonEntity.class).setParameter("b", at.buildingId())
                .getResultList()) {
            people.computeIfAbsent(p.doorId(), d -> new ArrayList<>()).add(person(p));
        }
        Map<Long, List<Business>> businesses = new LinkedHashMap<>();
        for (BusinessEntity b : em.createQuery("SELECT b FROM BusinessEntity b WHERE b.buildingId = :b"
                + " AND b.closedAt IS NULL ORDER BY b.id", BusinessEntity.class).setParameter("b", at.buildingId())
                .getResultList()) {
            businesses.computeIfAbsent(b.addressId(), d -> new ArrayList<>()).add(business(b));
        }
        return doors.stream().map(d -> new Household(d.code(), d.fullName(), d.housing(),
                people.getOrDefault(d.id(), List.of()), businesses.getOrDefault(d.id(), List.of()))).toList();
    }

    static Person person(PersonEntity p) {
        return new Person(p.idNumber(), p.name(), p.phone(), p.kind(), p.registered(), p.movedInAt(), p.movedOutAt());
    }

    static Business business(BusinessEntity b) {
        return new Business(b.id(), b.name(), b.kind(), b.licenceNumber(), b.contactName(), b.contactPhone(),
                b.closedAt());
    }
}
