package org.fengqiao.captain.internal;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Captains, the buildings they serve and their public cards (B1). */
@Component(service = Captains.class)
public class Captains {

    /** What a captain's public card shows; {@code phone}, {@code qrCodeUrl} and {@code photoUrl} as they chose. */
    record Card(long id, String name, String unitCode, String title, String phone, String qrCodeUrl, String photoUrl,
            List<Building> buildings) {
    }

    record Building(String code, String name) {
    }

    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 -]{4,30}");

    private final CaptainDatabase db;
    private final IdentityService identity;
    private final CaptainSettings settings;
    private final AuditLog audit;

    @Activate
    public Captains(@Reference CaptainDatabase db, @Reference IdentityService identity,
            @Reference CaptainSettings settings, @Reference AuditLog audit) {
        this.db = db;
        this.identity = identity;
        this.settings = settings;
        this.audit = audit;
    }

    /**
     * An administrator or a leader appoints a staff member captain of these buildings (replacing the buildings they
     * served before), or changes their buildings.
     */
    Card appoint(Account by, long accountId, List<String> buildingCodes) {
        requireManager(by);
        if (!by.hasRole(Role.ADMIN)) {
            String unit = identity.account(accountId).map(Account::staff).map(StaffProfile::unitCode).orElse(null);
            if (unit == null || !identity.unitAndDescendants(by.staff().unitCode()).contains(unit)) {
                throw FengqiaoException.forbidden("a leader appoints captains of their own unit and the units below it");
            }
        }
        return assign(by, accountId, buildingCodes);
    }

    /** Appoints without asking who may: for the system ({@code by} {@code null}: the demo data). */
    Card assign(Account by, long accountId, List<String> buildingCodes) {
        Account captain = identity.account(accountId).orElseThrow(
                () -> FengqiaoException.notFound("account_not_found", "no account " + accountId));
        if (captain.roles().stream().noneMatch(settings.get().captainRoles()::contains)) {
            throw FengqiaoException.invalid(List.of(new org.fengqiao.platform.api.Problem("accountId",
                    "not_a_captain_role", captain.publicName() + " holds none of the roles that may be captain: "
                            + settings.get().captainRoles())));
        }
        Instant now = Instant.now();
        db.inTransaction(em -> {
            long seq = CaptainDatabase.nextChange(em);
            List<Long> buildings = new ArrayList<>();
            Problems problems = new Problems();
            for (String code : buildingCodes) {
                Optional<AddressEntity> a = AddressBook.byCode(em, code);
                if (a.isEmpty() || a.get().level() != AddressLevel.BUILDING) {
                    problems.add("buildings", "not_a_building", "'" + code + "' is not a building's standard address");
                } else {
                    buildings.add(a.get().id());
                }
            }
            problems.throwIfAny();
            if (em.find(CaptainEntity.class, accountId) == null) {
                em.persist(new CaptainEntity(accountId, now, seq));
            }
            List<AssignmentEntity> current = currentAssignments(em, accountId);
            for (AssignmentEntity a : current) {
                if (!buildings.contains(a.buildingId())) {
                    a.end(now, seq);
                }
            }
            Set<Long> kept = current.stream().map(AssignmentEntity::buildingId).collect(Collectors.toSet());
            for (Long building : new LinkedHashSet<>(buildings)) {
                if (!kept.contains(building)) {
                    em.persist(new AssignmentEntity(accountId, building, now, seq));
                }
            }
            return null;
        });
        audit.append(AuditEntry.of(by, "captain.appointed", "account", String.valueOf(accountId),
                String.join(",", buildingCodes)));
        return card(accountId);
    }

    /** The captain changes what their card publishes; an administrator may too. */
    Card updateCard(Account by, long captainId, String phone, String qrCodeUrl, String photoUrl) {
        if (by.id() != captainId && !by.hasRole(Role.ADMIN)) {
            throw FengqiaoException.forbidden("only the captain or an administrator changes a captain's card");
        }
        Problems problems = new Problems();
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
            problems.add("phone", "invalid_format", "phone must be digits, spaces, '-' or a leading '+'");
        }
        url(problems, "qrCodeUrl", qrCodeUrl);
        url(problems, "photoUrl", photoUrl);
        problems.throwIfAny();
        db.inTransaction(em -> {
            CaptainEntity captain = requireCaptain(em, captainId);
            captain.card(blankToNull(phone), blankToNull(qrCodeUrl), blankToNull(photoUrl),
                    CaptainDatabase.nextChange(em));
            return null;
        });
        audit.append(AuditEntry.of(by, "captain.card_changed", "account", String.valueOf(captainId), null));
        return card(captainId);
    }

    private static void url(Problems problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            URI uri = URI.create(value.strip());
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null
                    || value.length() > 400) {
                problems.add(field, "invalid_url", field + " must be an http(s) address of at most 400 characters");
            }
        } catch (IllegalArgumentException e) {
            problems.add(field, "invalid_url", field + " must be an http(s) address of at most 400 characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireManager(Account by) {
        if (!by.hasRole(Role.ADMIN) && !by.hasRole(Role.LEADER)) {
            throw FengqiaoException.forbidden("only administrators and leaders appoint captains");
        }
    }

    static CaptainEntity requireCaptain(EntityManager em, long id) {
        CaptainEntity captain = em.find(CaptainEntity.class, id);
        if (captain == null) {
            throw FengqiaoException.notFound("captain_not_found", "no captain " + id);
        }
        return captain;
    }

    static List<AssignmentEntity> currentAssignments(EntityManager em, long captainId) {
        return em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.captainId = :c AND a.endedAt IS NULL",
                AssignmentEntity.class).setParameter("c", captainId).getResultList();
    }

    /** The buildings the captain serves now. */
    static List<Long> buildingsOf(EntityManager em, long captainId) {
        return currentAssignments(em, captainId).stream().map(AssignmentEntity::buildingId).toList();
    }

    /** Whether {@code accountId} is captain of {@code buildingId} now. */
    static boolean serves(EntityManager em, long accountId, long buildingId) {
        return !em.createQuery("SELECT a.id FROM AssignmentEntity a WHERE a.captainId = :c AND a.buildingId = :b"
                + " AND a.endedAt IS NULL", Long.class).setParameter("c", accountId).setParameter("b", buildingId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    boolean isCaptain(long accountId) {
        return db.read(em -> em.find(CaptainEntity.class, accountId) != null);
    }

    Card card(long id) {
        return db.read(em -> cards(em, List.of(requireCaptain(em, id)))).get(0);
    }

    /** Captains serving the buildings at or below the addresses matching {@code text}. */
    List<Card> findByAddress(String text, List<AddressEntity> matches) {
        return db.read(em -> {
            Set<Long> buildings = new LinkedHashSet<>();
            for (AddressEntity a : matches) {
                buildings.addAll(AddressBook.buildingsOf(em, a));
            }
            if (buildings.isEmpty()) {
                return List.of();
            }
            List<Long> captainIds = em.createQuery("SELECT DISTINCT a.captainId FROM AssignmentEntity a"
                    + " WHERE a.buildingId IN :b AND a.endedAt IS NULL", Long.class)
                    .setParameter("b", List.copyOf(buildings)).setMaxResults(50).getResultList();
            List<CaptainEntity> captains = captainIds.stream().map(id -> em.find(CaptainEntity.class, id)).toList();
            return cards(em, captains);
        });
    }

    private List<Card> cards(EntityManager em, Collection<CaptainEntity> captains) {
        Map<Long, Account> accounts = identity.accounts(captains.stream().map(CaptainEntity::accountId).toList());
        List<Card> cards = new ArrayList<>();
        for (CaptainEntity c : captains) {
            Account a = accounts.get(c.accountId());
            List<Building> buildings = buildingsOf(em, c.accountId()).stream()
                    .map(id -> em.find(AddressEntity.class, id)).map(b -> new Building(b.code(), b.fullName()))
                    .sorted(java.util.Comparator.comparing(Building::code)).toList();
            cards.add(new Card(c.accountId(), a == null ? "#" + c.accountId() : a.publicName(),
                    a == null || a.staff() == null ? null : a.staff().unitCode(),
                    a == null || a.staff() == null ? null : a.staff().title(), c.publicPhone(), c.qrCodeUrl(),
                    c.photoUrl(), buildings));
        }
        return cards;
    }
}
