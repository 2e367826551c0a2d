package org.fengqiao.identity.api;

import java.time.Instant;
import java.util.Set;

/**
 * A person's account.
 *
 * @param phone the private phone given at registration, never shown publicly
 * @param staff the real-name profile, {@code null} for citizens
 */
public record Account(long id, String username, String displayName, String phone, Set<Role> roles,
        StaffProfile staff, Instant createdAt) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return staff != null;
    }

    /** Whether this person is police staff (officer, leader or supervisor). */
    public boolean isPolice() {
        return isStaff() && roles.stream().anyMatch(Role::isPolice);
    }

    /** The name shown next to this person's actions: the real name for staff. */
    public String publicName() {
        return staff != null ? staff.fullName() : displayName;
    }
}
