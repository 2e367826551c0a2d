package org.fengqiao.persistence.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.fengqiao.persistence.api.Cluster;
import org.fengqiao.persistence.api.ClusterNode;
import org.fengqiao.persistence.api.SchemaMigrations;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Cluster}: registers this node, and on PostgreSQL keeps its heartbeat, hands out leases from
 * {@code FQ_LEASE}, and sends and hears signals on the channel {@value PostgresSignals#CHANNEL}. On embedded Derby
 * (one node) every lease is this node's and nothing is signalled.
 */
@Component(service = Cluster.class, immediate = true, configurationPid = ClusterService.PID)
@Designate(ocd = ClusterService.Config.class)
public class ClusterService implements Cluster {

    static final String PID = "org.fengqiao.cluster";

    @ObjectClassDefinition(name = "Fengqiao cluster", description = "This node among the nodes sharing the database")
    public @interface Config {
        @AttributeDefinition(name = "Node name", required = false,
                description = "Shown in the registry; empty: the host name and the Karaf instance name")
        String node_name() default "";

        @AttributeDefinition(name = "Heartbeat (s)", description = "How often this node tells it is alive")
        int heartbeat_seconds() default 5;

        @AttributeDefinition(name = "Node timeout (s)",
                description = "A node without a heartbeat for this long is shown as gone")
        int node_timeout_seconds() default 20;

        @AttributeDefinition(name = "Lease term (s)", description = "How long a node holds background work without"
                + " renewing it; another node takes the work over at most this long after its holder died")
        int lease_seconds() default 30;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ClusterService.class);
    /** Registry rows of nodes gone this long are deleted. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    /** The lease of a node that shares its database with no other. */
    private static final Lease SOLE_NODE = new Lease() {
        @Override
        public boolean held() {
            return true;
        }

        @Override
        public void release() {
            // nothing is stored
        }
    };

    private final String nodeId = UUID.randomUUID().toString();
    private final String nodeName;
    private final String build;
    private final Instant startedAt = Instant.now();
    private final Config config;
    private final ClusterStore store;
    private final boolean shared;
    private final Map<String, StoredLease> leases = new ConcurrentHashMap<>();
    private final Map<String, List<Runnable>> wakeUps = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> heard = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fengqiao-cluster-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final PostgresSignals signals;

    @Activate
    public ClusterService(@Reference(target = BundleDatabase.DATA_SOURCE_FILTER) DataSource dataSource, Config config) {
        SchemaMigrations.migrate(dataSource, getClass(), "db/persistence/changelog.xml");
        this.config = config;
        this.store = new ClusterStore(dataSource);
        this.nodeName = config.node_name() == null || config.node_name().isBlank() ? defaultName()
                : config.node_name().strip();
        this.build = build();
        this.shared = isPostgresql(dataSource);
        beat();
        if (shared) {
            // an embedded database has this node alone: registered once, it needs no heartbeat
            heartbeat.scheduleWithFixedDelay(this::beat, config.heartbeat_seconds(), config.heartbeat_seconds(),
                    TimeUnit.SECONDS);
        }
        this.signals = shared ? new PostgresSignals(dataSource, nodeId, this::heardFrom) : null;
        LOG.info("Node {} ({}, build {}) joined the cluster on {}", nodeName, nodeId, build,
                shared ? "PostgreSQL" : "an embedded database");
    }

    @Deactivate
    void stop() {
        heartbeat.shutdownNow();
        if (signals != null) {
            signals.stop();
        }
        try {
            store.leave(nodeId, Instant.now().minus(FORGET_AFTER));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Node {} could not leave the registry; its leases run out by themselves: {}", nodeName,
                    e.toString());
        }
    }

    private void beat() {
        try {
            store.heartbeat(nodeId, nodeName, build, startedAt, Instant.now());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Heartbeat of node {} failed: {}", nodeName, e.toString());
        }
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public boolean shared() {
        return shared;
    }

    @Override
    public List<ClusterNode> nodes() {
        Instant now = Instant.now();
        Instant aliveSince = now.minusSeconds(config.node_timeout_seconds());
        List<ClusterNode> nodes = new ArrayList<>();
        try {
            for (ClusterStore.NodeRow row : store.nodes(now.minus(Duration.ofHours(1)), nodeId)) {
                boolean self = row.id().equals(nodeId);
                ClusterNode node = new ClusterNode(row.id(), row.name(), row.build(), row.startedAt(), row.seenAt(),
                        self || !row.seenAt().isBefore(aliveSince), self);
                if (self) {
                    nodes.add(0, node);
                } else {
                    nodes.add(node);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The node registry could not be read: " + e.getMessage(), e);
        }
        return nodes;
    }

    @Override
    public Lease lease(String work) {
        if (!shared) {
            return SOLE_NODE; // the single-node path: all work is this node's
        }
        return leases.computeIfAbsent(work,
                w -> new StoredLease(store, w, nodeId, Duration.ofSeconds(config.lease_seconds())));
    }

    @Override
    public void signal(EntityManager em, String topic) {
        if (shared) {
            em.createNativeQuery("SELECT pg_notify('" + PostgresSignals.CHANNEL + "', ?)")
                    .setParameter(1, PostgresSignals.payload(topic, nodeId)).getResultList();
        }
    }

    @Override
    public void appendInOrder(EntityManager em, String log) {
        if (shared) {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?)").setParameter(1, (long) log.hashCode())
                    .getResultList();
        }
    }

    @Override
    public void onSignal(String topic, Runnable wakeUp) {
        wakeUps.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(wakeUp);
    }

    @Override
    public void offSignal(String topic, Runnable wakeUp) {
        wakeUps.getOrDefault(topic, List.of()).remove(wakeUp);
    }

    @Override
    public long heard(String topic) {
        return counter(topic).get();
    }

    /** A signal from another node; {@code null}: signals may have been missed (the listening connection was lost). */
    private void heardFrom(String topic) {
        if (topic == null) {
            heard.keySet().forEach(t -> counter(t).incrementAndGet());
            counter(WRITES).incrementAndGet();
            wakeUps.values().forEach(list -> list.forEach(Runnable::run));
            return;
        }
        counter(topic).incrementAndGet();
        wakeUps.getOrDefault(topic, List.of()).forEach(Runnable::run);
    }

    private AtomicLong counter(String topic) {
        return heard.computeIfAbsent(topic, t -> new AtomicLong());
    }

    private static boolean isPostgresql(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be asked its kind: " + e.getMessage(), e);
        }
    }

    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + System.getProperty("karaf.name", "fengqiao");
    }

    /** The platform's version and build time, as the core bundles carry them. */
    private String build() {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        if (bundle == null) {
            return "unknown";
        }
        String built = bundle.getHeaders().get("Bnd-LastModified");
        return bundle.getVersion() + (built == null ? "" : " built " + Instant.ofEpochMilli(Long.parseLong(built)));
    }
}
