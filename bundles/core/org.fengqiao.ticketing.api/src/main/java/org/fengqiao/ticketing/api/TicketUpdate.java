package org.fengqiao.ticketing.api;

/** A public step of a ticket with the state the ticket was in right after it. */
public record TicketUpdate(TimelineEntry entry, TicketState stateAfter) {
}
