package org.fengqiao.ticketing.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.fengqiao.identity.api.Account;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketAction;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.osgi.service.component.annotations.Component;

/**
 * Writes ticket events to the outbox, in the transaction of the change (the caller's entity manager): a change and
 * its event commit together or not at all. {@link OutboxDelivery} hands them to the listeners.
 */
@Component(service = TicketEvents.class)
public class TicketEvents {

    private final List<Runnable> wakeUps = new CopyOnWriteArrayList<>();

    void record(EntityManager em, Ticket ticket, TimelineEntry.Kind kind, TicketAction action, Account actor,
            Instant at) {
        record(em, ticket, kind, action, actor, at, null);
    }

    /** With {@code alertUnit}: every staff member of that unit is to be told at once. */
    void record(EntityManager em, Ticket ticket, TimelineEntry.Kind kind, TicketAction action, Account actor,
            Instant at, String alertUnit) {
        em.persist(new OutboxEventEntity(ticket, kind, action, actor, at, alertUnit));
        wakeUps.forEach(Runnable::run);
    }

    /** A reader of the outbox to nudge when an event is written (readers also poll: a nudge before the commit is harmless). */
    void onRecord(Runnable wakeUp) {
        wakeUps.add(wakeUp);
    }

    void offRecord(Runnable wakeUp) {
        wakeUps.remove(wakeUp);
    }
}
