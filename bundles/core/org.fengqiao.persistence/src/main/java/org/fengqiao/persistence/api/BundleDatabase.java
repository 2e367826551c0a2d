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
    private final AtomicLong writes = new AtomicLong();

    protected BundleDatabase(DataSource dataSource, EntityManagerFactory emf, String changelogPath) {
        SchemaMigrations.migrate(dataSource, getClass(), changelogPath);
        this.emf = emf;
    }

    /**
     * Runs {@code work} in a transaction that may write. Once it has ended (committed or not), {@link #writes()} has
     * grown.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        try {
            return Transactions.inTransaction(emf, work);
        } finally {
            writes.incrementAndGet();
        }
    }

    /** Runs {@code work}, which only reads, in a transaction: it leaves {@link #writes()} as it is. */
    public <T> T read(Function<EntityManager, T> work) {
        return Transactions.inTransaction(emf, work);
    }

    /**
     * How many transactions that may write have ended in this JVM, committed or not. Two equal readings mean that
     * nothing was written through this database in between: what was read after the first reading is still what is
     * stored at the second (a cache's exact stamp, see {@link #read}).
     */
    public long writes() {
        return writes.get();
    }
}
