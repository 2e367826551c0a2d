package org.fengqiao.ticketing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.fengqiao.persistence.api.Cluster;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The ticketing tables, migrated before any ticketing service is used. */
@Component(service = TicketingDatabase.class)
public class TicketingDatabase extends BundleDatabase {

    /** Work on a plain JDBC connection, for batches of counter rows that JPA would write one statement at a time. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private volatile Boolean postgresql;

    @Activate
    public TicketingDatabase(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-ticketing)") EntityManagerFactory emf,
            @Reference Cluster cluster) {
        super(dataSource, emf, "db/ticketing/changelog.xml", cluster);
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} in one JDBC transaction: committed if it returns, rolled back if it throws. For the figures'
     * own tables only: it leaves {@link #writes()} as it is, as no ticket changes here.
     */
    <T> T inJdbcTransaction(SqlWork<T> work) {
        return inJdbcTransaction(work, false);
    }

    /**
     * {@link #inJdbcTransaction}, for work that adds to the figures' counters. On PostgreSQL each of its statements is
     * planned for its values: the counters grow from empty (a year is counted into them at an upgrade), and a generic
     * plan cached while a table was nearly empty scans it on every later update (a count of 434 k posts slowed from
     * minutes to hours with autovacuum off).
     */
    <T> T inCountingTransaction(SqlWork<T> work) {
        return inJdbcTransaction(work, true);
    }

    private <T> T inJdbcTransaction(SqlWork<T> work, boolean counting) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (counting && isPostgresql(connection)) {
                    try (Statement custom = connection.createStatement()) {
                        custom.execute("SET LOCAL plan_cache_mode = force_custom_plan");
                    }
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    private boolean isPostgresql(Connection connection) throws SQLException {
        if (postgresql == null) {
            postgresql = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
        }
        return postgresql;
    }
}
