package org.fengqiao.ticketing.api;

/**
 * A request to move a ticket.
 *
 * @param action an action code, e.g. {@code accept}
 * @param version the ticket version the actor saw; a stale one is refused with 409
 * @param assigneeId for {@code assign}: the staff member to assign
 * @param reason for {@code reject} (required) and {@code reopen}
 */
public record Transition(String action, Integer version, Long assigneeId, String reason) {
}
