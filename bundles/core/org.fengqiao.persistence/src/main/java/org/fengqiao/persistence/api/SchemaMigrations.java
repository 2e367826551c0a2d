package org.fengqiao.persistence.api;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.fengqiao.persistence.internal.AppliedChangeSets;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a bundle's tables up to date from the Liquibase changelog shipped inside the bundle.
 * Each bundle keeps its changelog under a path of its own ({@code db/<bundle>/changelog.xml}). When every change set
 * of it is already recorded as applied, Liquibase is not started at all.
 * <p>
 * Bundles start on different threads, but all share Liquibase's lock table and its process-wide state: runs in
 * one JVM take turns, and a run that loses a race with another node (both creating the lock table on a new
 * database) is tried once more, when the table exists.
 */
public final class SchemaMigrations {

    static {
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    private SchemaMigrations() {
    }

    private static final Object ONE_AT_A_TIME = new Object();

    public static void migrate(DataSource dataSource, Class<?> bundleClass, String changelogPath) {
        synchronized (ONE_AT_A_TIME) {
            if (AppliedChangeSets.allApplied(dataSource, bundleClass.getClassLoader(), changelogPath)) {
                // nothing to apply: a start need not load and run Liquibase (about a second of CPU per start)
                return;
            }
            try {
                migrateOnce(dataSource, bundleClass, changelogPath);
            } catch (IllegalStateException firstFailure) {
                try {
                    migrateOnce(dataSource, bundleClass, changelogPath);
                } catch (IllegalStateException secondFailure) {
                    secondFailure.addSuppressed(firstFailure);
                    throw secondFailure;
                }
            }
        }
    }

    private static void migrateOnce(DataSource dataSource, Class<?> bundleClass, String changelogPath) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            try {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                // Neither Liquibase nor Database is closed: on embedded Derby that shuts the database down.
                Liquibase liquibase = new Liquibase(changelogPath,
                        new ClassLoaderResourceAccessor(bundleClass.getClassLoader()), database);
                liquibase.update("");
            } finally {
                // a run with nothing to apply can leave a transaction open, and Derby refuses close() then
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
        } catch (SQLException | liquibase.exception.LiquibaseException e) {
            throw new IllegalStateException("Schema migration " + changelogPath + " failed: " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
