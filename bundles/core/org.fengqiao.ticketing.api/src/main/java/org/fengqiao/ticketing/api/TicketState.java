package org.fengqiao.ticketing.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum TicketState {
    SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, REJECTED, REOPENED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Open tickets take replies; closed and rejected ones are final until reopened. */
    public boolean isOpen() {
        return this != CLOSED && this != REJECTED;
    }

    public static Optional<TicketState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
