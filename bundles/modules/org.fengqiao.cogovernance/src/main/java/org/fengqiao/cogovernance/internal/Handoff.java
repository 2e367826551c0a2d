package org.fengqiao.cogovernance.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * A hand-off as stored: to a role of its team or to a department linkage; pending until the receiver accepts,
 * declines (back to the sender) or hands it on; accepted until they report it done.
 *
 * @param toUnit the receiver's unit: the team's community for a role, the department's unit for a linkage
 * @param escalationUnit where the overdue hand-off went last, or {@code null}
 */
record Handoff(long id, long ticketId, long teamId, Long previousId, long fromId, String fromRole, Target to,
        String toUnit, String reason, State state, Instant acceptBy, Instant createdAt, Instant acceptedAt,
        Instant answeredAt, Long answeredBy, String answer, Instant doneAt, String escalationUnit, int escalationLevel,
        Instant escalatedAt, int version) {

    /** A role of the team or a linkage: exactly one is set. */
    record Target(String role, String linkage) {
    }

    enum State {
        PENDING, ACCEPTED, DECLINED, FORWARDED, DONE;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State fromCode(String code) {
            return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown hand-off state " + code));
        }

        /** The receiver still has to act: accept, decline, hand on, or report done. */
        boolean isOpen() {
            return this == PENDING || this == ACCEPTED;
        }
    }

    boolean isOverdue(Instant now) {
        return state == State.PENDING && acceptBy.isBefore(now);
    }
}
