package org.fengqiao.ticketing.api;

import java.time.Instant;

/**
 * A leader's direct instruction (批示) on a ticket, which the handling unit must acknowledge (P6).
 *
 * @param acknowledgedById the staff member of the handling unit who acknowledged it, {@code null} while pending
 */
public record Instruction(long id, long ticketId, long leaderId, String body, Instant createdAt,
        Long acknowledgedById, Instant acknowledgedAt) {

    public boolean isPending() {
        return acknowledgedAt == null;
    }
}
