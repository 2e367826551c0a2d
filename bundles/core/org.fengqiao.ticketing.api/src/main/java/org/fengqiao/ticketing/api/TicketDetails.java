package org.fengqiao.ticketing.api;

import java.util.List;

/** A ticket with its timeline, oldest step first. */
public record TicketDetails(Ticket ticket, List<TimelineEntry> timeline) {

    public TicketDetails {
        timeline = List.copyOf(timeline);
    }
}
