package org.fengqiao.ticketing.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.fengqiao.identity.api.Account;
import org.fengqiao.persistence.api.Cluster;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketAction;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes ticket events to the outbox, in the transaction of the change (the caller's entity manager): a change and
 * its event commit together or not at all. {@link OutboxDelivery} hands them to the listeners. With several nodes on
 * one database, events commit in the order of their ids (readers follow the outbox by id), and the other nodes'
 * readers are woken at the commit.
 */
@Component(service = TicketEvents.class)
public class TicketEvents {

    /** The signal of a new event in the outbox. */
    static final String TOPIC = "ticket-events";

    private final List<Runnable> wakeUps = new CopyOnWriteArrayList<>();
    private final Cluster cluster;

    @Activate
    public TicketEvents(@Reference Cluster cluster) {
        this.cluster = cluster;
    }

    void record(EntityManager em, Ticket ticket, TimelineEntry.Kind kind, TicketAction action, Account actor,
            Instant at) {
        record(em, ticket, kind, action, actor, at, null);
    }

    /** With {@code alertUnit}: every staff member of that unit is to be told at once. */
    void record(EntityManager em, Ticket ticket, TimelineEntry.Kind kind, TicketAction action, Account actor,
            Instant at, String alertUnit) {
        cluster.appendInOrder(em, "FQ_TICKET_EVENT");
        em.persist(new OutboxEventEntity(ticket, kind, action, actor, at, alertUnit));
        cluster.signal(em, TOPIC);
        wakeUps.forEach(Runnable::run);
    }

    /** A reader of the outbox to nudge when an event is written (readers also poll: a nudge before the commit is harmless). */
    void onRecord(Runnable wakeUp) {
        wakeUps.add(wakeUp);
        cluster.onSignal(TOPIC, wakeUp);
    }

    void offRecord(Runnable wakeUp) {
        wakeUps.remove(wakeUp);
        cluster.offSignal(TOPIC, wakeUp);
    }
}
