package org.fengqiao.ticketing.api;

import java.time.Instant;

/**
 * Something happened to a ticket: published to every {@link TicketListener} after it was committed (P7).
 *
 * @param kind what happened, as on the timeline
 * @param action the transition's action, or {@code null}
 * @param actorId who did it ({@code 0}: the system)
 * @param alertUnit a unit whose staff must all be told at once (the command centre on an emergency, a unit ordered
 *        to act), or {@code null}
 */
public record TicketEvent(long ticketId, String boardId, String title, TimelineEntry.Kind kind, TicketAction action,
        TicketState state, long actorId, String actorName, Instant at, String alertUnit) {
}
