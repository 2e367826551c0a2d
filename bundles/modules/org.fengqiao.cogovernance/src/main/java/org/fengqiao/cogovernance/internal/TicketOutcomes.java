package org.fengqiao.cogovernance.internal;

import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TicketListener;
import org.fengqiao.ticketing.api.TicketState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Hears of resolved tickets: the hand-offs still open on them are settled, and an action item whose ticket was
 * resolved is done. Idempotent (only what is still open changes), and what happened while the module was out is
 * delivered when it is back.
 */
@Component(service = TicketListener.class)
public class TicketOutcomes implements TicketListener {

    private final Handoffs handoffs;
    private final Meetings meetings;

    @Activate
    public TicketOutcomes(@Reference Handoffs handoffs, @Reference Meetings meetings) {
        this.handoffs = handoffs;
        this.meetings = meetings;
    }

    @Override
    public void ticketChanged(TicketEvent event) {
        if (event.state() == TicketState.RESOLVED || event.state() == TicketState.CLOSED) {
            handoffs.ticketResolved(event.ticketId(), event.at());
            meetings.ticketResolved(event.ticketId(), event.at());
        }
    }

    @Override
    public String listenerId() {
        return "org.fengqiao.cogovernance.outcomes";
    }
}
