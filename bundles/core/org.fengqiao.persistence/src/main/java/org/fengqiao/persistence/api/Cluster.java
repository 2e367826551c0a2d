package org.fengqiao.persistence.api;

import java.util.List;

import javax.persistence.EntityManager;

/**
 * This node among the nodes that share one database. On embedded Derby there is one node; on PostgreSQL any number
 * of nodes run behind a load balancer, and this service keeps them apart:
 * <ul>
 * <li>the registry of nodes, each with a heartbeat ({@link #nodes()});</li>
 * <li>leases, so that a piece of background work runs on one node at a time and moves to another when its holder
 * stops renewing ({@link #lease(String)});</li>
 * <li>signals sent at commit to the other nodes ({@link #signal}), heard with {@link #onSignal} — a wake-up, never
 * the record: what changed is read from the database.</li>
 * </ul>
 */
public interface Cluster {

    /** The topic signalled by every committed write of a {@link BundleDatabase} made with this cluster. */
    String WRITES = "writes";

    /** This node's id: new at every start. */
    String nodeId();

    /** Whether other nodes may share this database (PostgreSQL); {@code false} on embedded Derby. */
    boolean shared();

    /** The nodes seen lately, this one first, then by start. */
    List<ClusterNode> nodes();

    /** The lease on a piece of work named {@code work} (for example {@code sweep:escalation}). */
    Lease lease(String work);

    /**
     * Tells the other nodes about {@code topic} when the transaction of {@code em} commits (nothing if it rolls back);
     * nothing happens on a database no other node shares.
     */
    void signal(EntityManager em, String topic);

    /**
     * Makes rows appended to the log {@code log} in the transaction of {@code em} commit in the order of their
     * generated ids: the transaction holds the log until it ends. Needed where readers follow a log by id and the
     * database lets them read past a row not yet committed (PostgreSQL); nothing on Derby, whose readers wait.
     */
    void appendInOrder(EntityManager em, String log);

    /** Runs {@code wakeUp} when another node signals {@code topic}, and whenever signals may have been missed. */
    void onSignal(String topic, Runnable wakeUp);

    void offSignal(String topic, Runnable wakeUp);

    /**
     * How many signals of {@code topic} this node heard from the others (plus one for each time it may have missed
     * some): two equal readings mean no other node signalled in between.
     */
    long heard(String topic);

    /** A claim of one piece of work by one node at a time. */
    interface Lease {

        /**
         * Whether this node holds the work now: claims it when it is free or its holder's lease ran out, and renews
         * it when half of its term is gone. Cheap enough to ask before every round of the work.
         */
        boolean held();

        /** Gives the work up (at a stop), so that another node takes it at once. */
        void release();
    }
}
