package org.fengqiao.linkage.api;

import java.time.Instant;

/**
 * A task dispatched to a department about a ticket.
 *
 * @param unitCode the unit now responsible: the department's, or a higher one after escalation
 * @param handlerName the department staff member who accepted it, or {@code null}
 * @param feedback the department's answer, or {@code null}
 * @param returnReason why the department refused it, or why the dispatcher sent it back; {@code null} if neither
 * @param external the department system's side when delivered over Open311, else {@code null}
 * @param version optimistic-locking version; every action must name it
 */
public record Dispatch(long id, long ticketId, String linkageId, String category, String departmentUnit,
        String unitCode, DispatchState state, String note, long dispatcherId, String dispatcherName, Long handlerId,
        String handlerName, String feedback, String returnReason, Instant createdAt, Instant acceptDue, Instant due,
        Instant acceptedAt, Instant answeredAt, Instant closedAt, int escalationLevel, ExternalRequest external,
        int version) {

    /** Open and past a due time. */
    public boolean isOverdue(Instant now) {
        return state.isWithDepartment() && (state == DispatchState.DISPATCHED && acceptDue.isBefore(now)
                || due.isBefore(now));
    }

    /**
     * The request in the department's own system.
     *
     * @param requestId its {@code service_request_id}, {@code null} until known
     * @param status its last status read back ({@code open}, {@code closed}), or {@code null}
     * @param lastError why the last delivery or status read failed, or {@code null}
     */
    public record ExternalRequest(String serviceCode, String requestId, String token, String status, int attempts,
            String lastError, Instant nextAttemptAt) {
    }
}
