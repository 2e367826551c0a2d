package org.fengqiao.persistence.api;

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

    protected BundleDatabase(DataSource dataSource, EntityManagerFactory emf, String changelogPath) {
        SchemaMigrations.migrate(dataSource, getClass(), changelogPath);
        this.emf = emf;
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(emf, work);
    }
}
