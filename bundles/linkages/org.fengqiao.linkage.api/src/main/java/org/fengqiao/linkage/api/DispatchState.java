package org.fengqiao.linkage.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A department task's life: dispatched → accepted → answered (feedback given) → completed (the dispatcher resolved
 * the ticket); answered → accepted when sent back; dispatched or accepted → returned when the department refuses it.
 */
public enum DispatchState {
    DISPATCHED, ACCEPTED, ANSWERED, COMPLETED, RETURNED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Still with the department: its deadlines run. */
    public boolean isWithDepartment() {
        return this == DISPATCHED || this == ACCEPTED;
    }

    public static Optional<DispatchState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
