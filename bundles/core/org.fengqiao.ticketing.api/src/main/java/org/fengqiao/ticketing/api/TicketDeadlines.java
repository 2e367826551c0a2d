package org.fengqiao.ticketing.api;

import java.time.Instant;

/**
 * When a ticket is due (P5).
 *
 * @param firstResponseDue set at submission from the category's first-response deadline
 * @param resolutionDue set at acceptance from the category's resolution deadline; {@code null} before
 * @param escalationLevel how many levels up the organisation tree the ticket went for being overdue
 * @param escalatedAt the last escalation, {@code null} if none
 */
public record TicketDeadlines(Instant firstResponseDue, Instant resolutionDue, int escalationLevel,
        Instant escalatedAt) {
}
