package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.fengqiao.persistence.api.Cluster;
import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TicketListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the outbox's events to every {@link TicketListener}, off the request threads, in commit order, at least once.
 * Each listener has a cursor (the last event it took) in {@code FQ_EVENT_CURSOR}, moved only after it returned: a
 * listener that throws gets the event again after a pause, a listener that was away catches up, and a crash between
 * commit and delivery loses nothing — after the restart the cursors still point before the event. A listener seen for
 * the first time starts with the events written from then on.
 * <p>
 * With several nodes, a listener is served by one node at a time, the holder of its lease ({@code outbox:<id>});
 * when that node dies, another takes the listener over where its cursor stands once the lease ran out. A listener that
 * serves {@linkplain TicketListener#eachNode() each node} (a live stream of the node's clients) hears every event on
 * every node, from the node's start on, its progress kept in memory.
 */
@Component(service = OutboxDelivery.class, immediate = true, configurationPid = OutboxDelivery.PID)
@Designate(ocd = OutboxDelivery.Config.class)
public class OutboxDelivery {

    static final String PID = "org.fengqiao.ticketing.outbox";

    @ObjectClassDefinition(name = "Fengqiao ticket event outbox",
            description = "Delivery of ticket events from the outbox table to the listeners")
    public @interface Config {
        @AttributeDefinition(name = "Poll interval (ms)",
                description = "How often the outbox is read when no change nudged it")
        long poll_interval_ms() default 250;

        @AttributeDefinition(name = "Batch size", description = "Events read from the outbox at a time")
        int batch_size() default 500;

        @AttributeDefinition(name = "Retry pause (ms)",
                description = "Pause before a listener that failed gets the same event again")
        long retry_pause_ms() default 2000;

        @AttributeDefinition(name = "Retention (days)",
                description = "Delivered events older than this are deleted from the outbox")
        int retention_days() default 7;
    }

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    /** How long one listener is handed events before the next listener's turn in a round. */
    static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final OutboxStore store;
    private final List<TicketListener> listeners = new CopyOnWriteArrayList<>();
    /** Held while a listener handles an event: once a listener is removed, it is never called again. */
    private final ReentrantLock handing = new ReentrantLock();
    private final Map<String, Instant> pausedUntil = new HashMap<>();
    /** Progress of the listeners that serve each node, kept by this node only; forgotten when the listener leaves. */
    private final Map<String, Long> nodeCursors = new ConcurrentHashMap<>();
    private final Cluster cluster;
    private final Semaphore nudge = new Semaphore(0);
    private final Runnable wakeUp = nudge::release;
    private final TicketEvents events;
    private final Config config;
    private final Thread thread;
    private volatile boolean running = true;
    private Instant nextCleanup = Instant.EPOCH;

    @Activate
    public OutboxDelivery(@Reference OutboxStore store, @Reference TicketEvents events, @Reference Cluster cluster,
            Config config) {
        this.store = store;
        this.cluster = cluster;
        this.config = config;
        this.thread = new Thread(this::run, "fengqiao-outbox-delivery");
        thread.setDaemon(true);
        thread.start();
        this.events = events;
        events.onRecord(wakeUp);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(TicketListener listener) {
        listeners.add(listener);
        nudge.release();
    }

    void removeListener(TicketListener listener) {
        listeners.remove(listener);
        // wait out an event it may be handling: its component is about to go, and no event may be taken as handled
        // by a listener that is gone (its cursor would move past what it never acted on)
        handing.lock();
        handing.unlock();
        if (listener.eachNode()) {
            nodeCursors.remove(listener.listenerId()); // back later, it starts with the events from then on
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        events.offRecord(wakeUp);
        thread.interrupt();
        thread.join(5_000);
    }

    private void run() {
        while (running) {
            try {
                boolean delivered = deliverRound();
                cleanUpIfDue();
                if (!delivered) {
                    nudge.tryAcquire(config.poll_interval_ms(), TimeUnit.MILLISECONDS);
                    nudge.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database is away (shutting down, a restart of the data source): try again shortly
                LOG.warn("Outbox delivery round failed: {}", e.toString());
                try {
                    Thread.sleep(config.retry_pause_ms());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One pass over every listener; whether any event was handed out (then the next pass follows at once). */
    boolean deliverRound() {
        Instant now = Instant.now();
        boolean delivered = false;
        for (TicketListener listener : listeners) {
            String id = listener.listenerId();
            Instant paused = pausedUntil.get(id);
            if (paused != null && now.isBefore(paused)) {
                continue;
            }
            boolean eachNode = listener.eachNode();
            if (!eachNode && !cluster.lease("outbox:" + id).held()) {
                continue; // another node serves this listener
            }
            long cursor = eachNode ? nodeCursors.computeIfAbsent(id, l -> store.newest()) : store.cursor(id);
            List<TicketEvent> events = store.after(cursor, config.batch_size());
            long reached = cursor;
            long sliceEnd = System.nanoTime() + SLICE_NANOS;
            for (TicketEvent event : events) {
                if (!running || System.nanoTime() > sliceEnd) {
                    break; // a slow listener with a backlog (a new audit trail, say) must not hold the others up
                }
                handing.lock();
                try {
                    if (!listeners.contains(listener)) {
                        break; // removed during this round: it gets the rest when it is back
                    }
                    listener.ticketChanged(event);
                } catch (RuntimeException e) {
                    LOG.error("Ticket listener {} failed on event {} (ticket {}); it gets it again in {} ms", id,
                            event.eventId(), event.ticketId(), config.retry_pause_ms(), e);
                    pausedUntil.put(id, Instant.now().plusMillis(config.retry_pause_ms()));
                    break;
                } finally {
                    handing.unlock();
                }
                reached = event.eventId();
            }
            if (reached != cursor) {
                if (eachNode) {
                    if (listeners.contains(listener)) {
                        nodeCursors.put(id, reached);
                    }
                } else {
                    store.moveCursor(id, reached);
                }
                pausedUntil.remove(id);
                delivered = true;
            }
        }
        return delivered;
    }

    private void cleanUpIfDue() {
        Instant now = Instant.now();
        if (now.isAfter(nextCleanup)) {
            nextCleanup = now.plus(Duration.ofHours(1));
            int deleted = store.deleteDelivered(Timestamp.from(now.minus(Duration.ofDays(config.retention_days()))));
            if (deleted > 0) {
                LOG.info("Deleted {} delivered ticket events older than {} days", deleted, config.retention_days());
            }
        }
    }
}
