package org.fengqiao.ticketing.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fengqiao.identity.api.Account;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketAction;
import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TicketListener;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands committed ticket changes to the registered {@link TicketListener}s; a failing listener harms no other. */
@Component(service = TicketEvents.class)
public class TicketEvents {

    private static final Logger LOG = LoggerFactory.getLogger(TicketEvents.class);

    private final List<TicketListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(TicketListener listener) {
        listeners.add(listener);
    }

    void removeListener(TicketListener listener) {
        listeners.remove(listener);
    }

    void publish(Ticket ticket, TimelineEntry.Kind kind, TicketAction action, Account actor, Instant at) {
        publish(ticket, kind, action, actor, at, null);
    }

    /** With {@code alertUnit}: every staff member of that unit is to be told at once. */
    void publish(Ticket ticket, TimelineEntry.Kind kind, TicketAction action, Account actor, Instant at,
            String alertUnit) {
        TicketEvent event = new TicketEvent(ticket.id(), ticket.boardId(), ticket.title(), kind, action,
                ticket.state(), actor.id(), actor.publicName(), at, alertUnit);
        for (TicketListener listener : listeners) {
            try {
                listener.ticketChanged(event);
            } catch (RuntimeException e) {
                LOG.error("Ticket listener {} failed on {}", listener.getClass().getName(), event, e);
            }
        }
    }
}
