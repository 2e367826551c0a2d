package org.fengqiao.ticketing.api;

/**
 * Whiteboard: register a service of this type to hear of every committed ticket change (notification channels,
 * live streams, reports to other systems).
 * <p>
 * Delivery is at least once, in the order the changes were committed, on one delivery thread, never on the thread
 * that made the change. A listener's progress is kept under its {@link #listenerId()}: a listener that throws gets
 * the same event again later (and the events after it only then); one that was away (its module uninstalled, the
 * node stopped) gets what it missed when it is back. So a listener must be idempotent, keyed on
 * {@link TicketEvent#eventId()}.
 */
public interface TicketListener {

    void ticketChanged(TicketEvent event);

    /** Where this listener's progress is kept: stable across restarts and versions. Defaults to its class name. */
    default String listenerId() {
        return getClass().getName();
    }

    /**
     * Whether this listener serves the node it runs on (a live stream to the node's clients): with several nodes on
     * one database, it then hears every event on every node, from the node's start on. Otherwise (the default) one
     * node at a time hands it the events, and its progress is kept across nodes and restarts.
     */
    default boolean eachNode() {
        return false;
    }
}
