package org.fengqiao.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The database the integration tests run on: embedded Derby (the default, as shipped), or with
 * {@code -Dfengqiao.database=postgresql} the local PostgreSQL server (127.0.0.1:5432, trust authentication), a fresh
 * database for each distribution a test boots, configured by the shipped {@code config/postgresql} file.
 */
final class TestDatabase {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private TestDatabase() {
    }

    static boolean postgresql() {
        return "postgresql".equals(System.getProperty("fengqiao.database", "derby"));
    }

    /** The name the tests give the database of {@code owner} (a test class or a distribution's folder). */
    static String databaseName(String owner) {
        return "fq_it_" + owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    /** Drops {@code name} if it exists (closing its connections) and makes it again, empty. */
    static void fresh(String name) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 did not make database " + name
                    + " (is the server running? pg_ctlcluster --skip-systemctl-redirect 15 main start): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Makes database {@code name} fresh and writes the platform's data source configuration for it into {@code dir};
     * answers the file.
     */
    static Path freshDataSourceConfig(String name, Path dir) throws IOException {
        fresh(name);
        String shipped = Files.readString(Path.of(System.getProperty("fengqiao.config.dir"), "postgresql",
                "org.ops4j.datasource-fengqiao.cfg"));
        Files.createDirectories(dir);
        Path cfg = dir.resolve("org.ops4j.datasource-fengqiao.cfg");
        Files.writeString(cfg, shipped.replaceAll("(?m)^url *=.*$", "url = " + SERVER + name));
        return cfg;
    }
}
