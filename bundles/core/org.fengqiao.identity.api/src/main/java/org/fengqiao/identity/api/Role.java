package org.fengqiao.identity.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person may do. A person can hold several roles. */
public enum Role {
    CITIZEN(false),
    OFFICER(true),
    LEADER(true),
    DEPARTMENT_STAFF(true),
    LAWYER(true),
    DEPUTY(true),
    GRID_WORKER(true),
    PROPERTY_MANAGER(true),
    COMMITTEE_MEMBER(true),
    SUPERVISOR(true),
    ADMIN(true);

    private final boolean staff;

    Role(boolean staff) {
        this.staff = staff;
    }

    /** Staff roles are held only by real-name accounts created by an administrator. */
    public boolean isStaff() {
        return staff;
    }

    /** Police staff read confidential posts such as tip-offs about crimes. */
    public boolean isPolice() {
        return this == OFFICER || this == LEADER || this == SUPERVISOR;
    }

    /** The lower-case code used in the API and configuration, e.g. {@code department_staff}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
