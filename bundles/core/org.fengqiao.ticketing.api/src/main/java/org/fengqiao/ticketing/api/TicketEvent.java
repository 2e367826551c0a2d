package org.fengqiao.ticketing.api;

import java.time.Instant;

/**
 * Something happened to a ticket (P7). Written to the outbox in the transaction of the change and handed to every
 * {@link TicketListener} after the commit, with what listeners need so that none reads the ticket back.
 *
 * @param title the ticket's title (unmasked: listeners decide what they show)
 * @param kind what happened, as on the timeline
 * @param action the transition's action, or {@code null}
 * @param state the ticket's state after the change
 * @param actorId who did it ({@code 0}: the system)
 * @param alertUnit a unit whose staff must all be told at once (the command centre on an emergency, a unit ordered
 *        to act), or {@code null}
 * @param eventId the event's unique, increasing id: a listener that may see an event twice keys on it
 * @param authorId the ticket's author
 * @param addresseeId the named staff member the post is addressed to, or {@code null}
 * @param assigneeId the staff member handling it, or {@code null}
 * @param unitCode the unit handling it after the change, or {@code null}
 * @param version the ticket's version after the change
 */
public record TicketEvent(long ticketId, String boardId, String title, TimelineEntry.Kind kind, TicketAction action,
        TicketState state, long actorId, String actorName, Instant at, String alertUnit, long eventId, long authorId,
        Long addresseeId, Long assigneeId, String unitCode, int version) {
}
