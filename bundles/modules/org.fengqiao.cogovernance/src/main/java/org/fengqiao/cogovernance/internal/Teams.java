package org.fengqiao.cogovernance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.UnitKind;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Five-in-one teams (F1): one per community or grid, its configured roles each held by a named person with
 * substitutes, and the history of who held a role when. Administrators, and leaders of the community's unit or a unit
 * above it, set teams up.
 */
@Component(service = Teams.class)
public class Teams {

    private static final int MAX_SUBSTITUTES = 5;

    private final CogovernanceDatabase db;
    private final IdentityService identity;
    private final CogovernanceSettings settings;

    @Activate
    public Teams(@Reference CogovernanceDatabase db, @Reference IdentityService identity,
            @Reference CogovernanceSettings settings) {
        this.db = db;
        this.identity = identity;
        this.settings = settings;
    }

    Team create(Account by, String community, String grid, String name) {
        Problems problems = new Problems();
        problems.text("community", community, true, 64).text("grid", grid, false, 64).text("name", name, false, 200);
        problems.throwIfAny();
        OrgUnit unit = identity.unit(community.strip()).filter(u -> u.kind() == UnitKind.COMMUNITY)
                .orElseThrow(() -> FengqiaoException.invalid(List.of(new org.fengqiao.platform.api.Problem(
                        "community", "unknown_community", "no community unit has code " + community))));
        requireManager(by, unit.code());
        String cleanGrid = grid == null || grid.isBlank() ? null : grid.strip();
        String title = name != null && !name.isBlank() ? name.strip()
                : unit.nameZh() + (cleanGrid == null ? "" : " " + cleanGrid) + " 五位一体";
        long id = db.inTransaction(em -> {
            TeamEntity t = new TeamEntity(unit.code(), cleanGrid, title, Instant.now());
            em.persist(t);
            em.flush();
            return t.id();
        });
        return team(id);
    }

    List<Team> ofCommunity(String community) {
        return db.read(em -> {
            List<TeamEntity> teams = em.createQuery("SELECT t FROM TeamEntity t WHERE t.community = :c ORDER BY t.id",
                    TeamEntity.class).setParameter("c", community).getResultList();
            Map<Long, List<MemberEntity>> members = teams.isEmpty() ? Map.of()
                    : em.createQuery("SELECT m FROM MemberEntity m WHERE m.teamId IN :t AND m.untilAt IS NULL"
                            + " ORDER BY m.id", MemberEntity.class)
                            .setParameter("t", teams.stream().map(TeamEntity::id).toList()).getResultList().stream()
                            .collect(Collectors.groupingBy(MemberEntity::teamId));
            return teams.stream().map(t -> view(t, members.getOrDefault(t.id(), List.of()))).toList();
        });
    }

    /** The team, or 404 {@code team_not_found}. */
    Team team(long id) {
        return db.read(em -> team(em, id));
    }

    static Team team(EntityManager em, long id) {
        TeamEntity t = em.find(TeamEntity.class, id);
        if (t == null) {
            throw FengqiaoException.notFound("team_not_found", "no team " + id);
        }
        return view(t, em.createQuery("SELECT m FROM MemberEntity m WHERE m.teamId = :t AND m.untilAt IS NULL"
                + " ORDER BY m.id", MemberEntity.class).setParameter("t", id).getResultList());
    }

    /** Every holder and substitute the team had, newest first. */
    List<Team.Member> history(long id) {
        team(id);
        return db.read(em -> em.createQuery("SELECT m FROM MemberEntity m WHERE m.teamId = :t ORDER BY m.fromAt DESC,"
                + " m.id DESC", MemberEntity.class).setParameter("t", id).getResultList().stream()
                .map(Teams::member).toList());
    }

    /**
     * Gives a role to {@code holderId} with {@code substitutes}; whoever held it before is kept in the history with
     * the end of their time. {@code version}, if given, must be the team's current one.
     */
    Team assign(Account by, long teamId, String role, Long holderId, List<Long> substitutes, String contact,
            Integer version) {
        Team team = team(teamId);
        requireManager(by, team.community());
        Problems problems = new Problems();
        if (settings.get().role(role).isEmpty()) {
            problems.add("role", "unknown_role", role + " is not a team role; the roles are "
                    + settings.get().roles().stream().map(CogovernanceSettings.TeamRole::code).toList());
        }
        if (holderId == null) {
            problems.add("memberId", "required", "memberId names the person who takes the role");
        }
        List<Long> subs = substitutes == null ? List.of() : substitutes.stream().filter(Objects::nonNull).distinct()
                .filter(s -> !s.equals(holderId)).toList();
        if (subs.size() > MAX_SUBSTITUTES) {
            problems.add("substitutes", "too_many", "at most " + MAX_SUBSTITUTES + " substitutes");
        }
        problems.text("contact", contact, false, 100);
        problems.throwIfAny();
        Set<Long> people = new LinkedHashSet<>(subs);
        people.add(holderId);
        Map<Long, Account> known = identity.accounts(people);
        List<Long> unknown = people.stream().filter(p -> !known.containsKey(p)).toList();
        if (!unknown.isEmpty()) {
            throw FengqiaoException.invalid(List.of(new org.fengqiao.platform.api.Problem(
                    unknown.contains(holderId) ? "memberId" : "substitutes", "unknown_account",
                    "no account has id " + unknown)));
        }
        try {
            db.inTransaction(em -> {
                TeamEntity t = em.find(TeamEntity.class, teamId);
                if (version != null && t.version() != version) {
                    throw stale(t.version());
                }
                em.lock(t, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                Instant now = Instant.now();
                em.createQuery("SELECT m FROM MemberEntity m WHERE m.teamId = :t AND m.role = :r AND m.untilAt IS NULL",
                        MemberEntity.class).setParameter("t", teamId).setParameter("r", role).getResultList()
                        .forEach(m -> m.end(now));
                em.persist(new MemberEntity(teamId, role, holderId, false, contact == null ? null : contact.strip(),
                        now, by.id()));
                subs.forEach(s -> em.persist(new MemberEntity(teamId, role, s, true, null, now, by.id())));
                return null;
            });
        } catch (OptimisticLockException e) {
            throw stale(team(teamId).version());
        }
        return team(teamId);
    }

    /** Teams in which {@code accountId} holds or substitutes in a role now. */
    List<Team> teamsOf(long accountId) {
        return db.read(em -> em.createQuery("SELECT DISTINCT m.teamId FROM MemberEntity m WHERE m.accountId = :a"
                + " AND m.untilAt IS NULL", Long.class).setParameter("a", accountId).getResultList().stream()
                .sorted().map(id -> team(em, id)).toList());
    }

    /**
     * The team's hand-offs, meetings, agenda items and action items are written one transaction at a time: a new
     * meeting sees every action item recorded before it, an action item every meeting planned before it, a ticket is
     * not handed to the same receiver twice by two requests at once, and two such transactions never wait on each
     * other's new rows (a deadlock on Derby).
     */
    static void lock(EntityManager em, long teamId) {
        em.find(TeamEntity.class, teamId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Administrators, and leaders of the community or of a unit above it. */
    void requireManager(Account by, String community) {
        if (!mayManage(by, community)) {
            throw FengqiaoException.forbidden("teams are set up by administrators and by leaders of the community or"
                    + " of a unit above it");
        }
    }

    boolean mayManage(Account by, String community) {
        return by.hasRole(Role.ADMIN) || by.isStaff() && by.hasRole(Role.LEADER)
                && identity.unitAndDescendants(by.staff().unitCode()).contains(community);
    }

    static FengqiaoException stale(int currentVersion) {
        return new FengqiaoException(ErrorKind.CONFLICT, "stale_version", "changed meanwhile; reload and try again"
                + " with version " + currentVersion, List.of(), Map.of("currentVersion", currentVersion));
    }

    private static Team view(TeamEntity t, List<MemberEntity> members) {
        List<Team.Member> list = new ArrayList<>();
        members.forEach(m -> list.add(member(m)));
        return new Team(t.id(), t.community(), t.grid(), t.name(), t.version(), List.copyOf(list));
    }

    private static Team.Member member(MemberEntity m) {
        return new Team.Member(m.role(), m.accountId(), m.substitute(), m.contact(), m.from(), m.until());
    }
}
