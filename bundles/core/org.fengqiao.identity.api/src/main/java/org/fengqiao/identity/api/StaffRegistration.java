package org.fengqiao.identity.api;

import java.util.Set;

/** A real-name staff account, created by an administrator. */
public record StaffRegistration(String username, String password, StaffProfile profile, Set<Role> roles) {

    public StaffRegistration {
        roles = Set.copyOf(roles);
    }
}
