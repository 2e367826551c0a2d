package org.fengqiao.cogovernance.internal;

import java.time.Instant;
import java.util.List;

/** A team with the members holding its roles now. */
record Team(long id, String community, String grid, String name, int version, List<Member> members) {

    /** Who holds (or substitutes in) a role, from when; {@code until} is set only in the history. */
    record Member(String role, long accountId, boolean substitute, String contact, Instant from, Instant until) {
    }

    List<Long> holdersOf(String role) {
        return members.stream().filter(m -> m.role().equals(role)).map(Member::accountId).toList();
    }

    /** The roles {@code accountId} holds or substitutes in. */
    List<String> rolesOf(long accountId) {
        return members.stream().filter(m -> m.accountId() == accountId).map(Member::role).distinct().toList();
    }

    boolean isMember(long accountId) {
        return members.stream().anyMatch(m -> m.accountId() == accountId);
    }
}
