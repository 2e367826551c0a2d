package org.fengqiao.ticketing.api;

import java.time.Instant;
import java.util.Map;

/**
 * A request of any kind: a board post, a captain request, a hand-off, a dispatch.
 *
 * @param fields board-specific values by field code
 * @param addresseeId the named staff member the author addressed, or {@code null}
 * @param unitCode the handling unit, or {@code null} while unrouted
 * @param version optimistic-locking version; a transition must name it
 * @param rating {@code null} until the author rated
 * @param hidden {@code null} unless staff hid the post for breaking the law
 * @param deadlines due times and escalation
 * @param supervision {@code null} unless a leader put the ticket under supervision (督办)
 * @param emergency whether the post alerted the command centre (P11)
 * @param statement the official statement pinned on the post to answer rumours (P10), or {@code null}
 */
public record Ticket(long id, String boardId, String category, String title, String body, Map<String, Object> fields,
        long authorId, Long addresseeId, String unitCode, Long assigneeId, TicketState state, Instant createdAt,
        Instant updatedAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt, int version,
        Rating rating, String rejectReason, Hidden hidden, TicketDeadlines deadlines, Supervision supervision,
        boolean emergency, Statement statement) {

    public Ticket {
        fields = Map.copyOf(fields);
    }

    /** Open and past a due time: no first response by its due time, or not resolved by its due time. */
    public boolean isOverdue(Instant now) {
        boolean open = state != TicketState.RESOLVED && state.isOpen();
        boolean noResponse = firstResponseAt == null && deadlines.firstResponseDue() != null
                && deadlines.firstResponseDue().isBefore(now);
        boolean unresolved = deadlines.resolutionDue() != null && deadlines.resolutionDue().isBefore(now);
        return open && (noResponse || unresolved);
    }
}
