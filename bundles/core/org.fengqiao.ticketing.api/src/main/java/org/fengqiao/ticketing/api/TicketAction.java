package org.fengqiao.ticketing.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person can do to move a ticket through its states. */
public enum TicketAction {
    ACCEPT, ASSIGN, START, RESOLVE, CONFIRM, REJECT, REOPEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TicketAction> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }
}
