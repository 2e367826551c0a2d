package org.fengqiao.ticketing.api;

/**
 * Whiteboard: register a service of this type to hear of every committed ticket change (notification channels,
 * live streams). Called on the thread that made the change, after its commit: return quickly and never throw.
 */
public interface TicketListener {

    void ticketChanged(TicketEvent event);
}
