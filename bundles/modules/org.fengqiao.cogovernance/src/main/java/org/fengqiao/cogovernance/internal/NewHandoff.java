package org.fengqiao.cogovernance.internal;

import java.time.Instant;
import java.util.Map;

/**
 * A hand-off as asked for: of an existing ticket ({@code ticketId}) or of a new one ({@code ticket}), to a role of the
 * sender's team or to a department linkage.
 *
 * @param teamId needed only when the sender is in several teams
 * @param acceptBy when the receiver must have answered; the city's default window when {@code null}
 */
record NewHandoff(Long ticketId, TicketDraft ticket, Long teamId, String toRole, String toLinkage, String reason,
        Instant acceptBy) {

    /** A ticket posted by the sender as part of the hand-off. */
    record TicketDraft(String boardId, String category, String title, String body, Map<String, Object> fields) {
    }
}
