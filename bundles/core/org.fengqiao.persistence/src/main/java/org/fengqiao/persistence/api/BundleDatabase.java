package org.fengqiao.persistence.api;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

/**
 * A bundle's own tables: built from its persistence unit and brought up to date from its changelog when
 * created. A bundle extends this in one DS component, so that nothing of the bundle touches a table before
 * its migration ran.
 */
public abstract class BundleDatabase {

    /** Filter of the platform's data source, configured in {@code etc/org.ops4j.datasource-fengqiao.cfg}. */
    public static final String DATA_SOURCE_FILTER = "(osgi.jndi.service.name=jdbc/fengqiao)";

    private final EntityManagerFactory emf;
    private final Cluster cluster;
    private final AtomicLong writes = new AtomicLong();

    protected BundleDatabase(DataSource dataSource, EntityManagerFactory emf, String changelogPath) {
        this(dataSource, emf, changelogPath, null);
    }

    /**
     * With {@code cluster}: each transaction that may write signals {@link Cluster#WRITES} to the other nodes, and
     * {@link #writes()} counts theirs too — for bundles that keep answers under a stamp of {@link #writes()}.
     */
    protected BundleDatabase(DataSource dataSource, EntityManagerFactory emf, String changelogPath, Cluster cluster) {
        SchemaMigrations.migrate(dataSource, getClass(), changelogPath);
        this.emf = emf;
        this.cluster = cluster;
    }

    /**
     * Runs {@code work} in a transaction that may write. Once it has ended (committed or not), {@link #writes()} has
     * grown.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        try {
            if (cluster == null) {
                return Transactions.inTransaction(emf, work);
            }
            return Transactions.inTransaction(emf, em -> {
                T result = work.apply(em);
                cluster.signal(em, Cluster.WRITES);
                return result;
            });
        } finally {
            writes.incrementAndGet();
        }
    }

    /**
     * Runs {@code work} that writes only bookkeeping no kept answer shows (an audit entry, a listener's progress) in a
     * transaction: like {@link #read}, it leaves {@link #writes()} as it is and signals nothing to other nodes.
     */
    public <T> T inBookkeepingTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(emf, work);
    }

    /** Runs {@code work}, which only reads, in a transaction: it leaves {@link #writes()} as it is. */
    public <T> T read(Function<EntityManager, T> work) {
        return Transactions.inTransaction(emf, work);
    }

    /**
     * How many transactions that may write have ended in this JVM, committed or not, plus (with a cluster) the writes
     * signalled by the other nodes. Two equal readings mean that nothing was written through this database in
     * between: what was read after the first reading is still what is stored at the second (a cache's stamp, see
     * {@link #read}). Another node's write counts once its signal arrived, a few milliseconds after its commit.
     */
    public long writes() {
        return writes.get() + (cluster == null ? 0 : cluster.heard(Cluster.WRITES));
    }
}
