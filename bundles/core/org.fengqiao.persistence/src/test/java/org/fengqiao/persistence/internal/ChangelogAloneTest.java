package org.fengqiao.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Bundles start in any order on a new database, each migrating its own tables: every bundle's changelog must run on
 * an empty database by itself (notification-4 once deleted from ticketing's table before ticketing had made it).
 */
class ChangelogAloneTest {

    @Test
    void everyBundlesChangelogRunsOnAnEmptyDatabaseByItself() throws Exception {
        Path bundles = Path.of("").toAbsolutePath().getParent().getParent();
        List<Path> changelogs;
        try (Stream<Path> files = Files.walk(bundles)) {
            changelogs = files.filter(p -> p.toString().contains("/src/main/resources/db/")
                    && p.getFileName().toString().equals("changelog.xml")).sorted().toList();
        }
        assertTrue(changelogs.size() >= 10, "the bundles' changelogs: " + changelogs);
        List<String> failed = new ArrayList<>();
        int n = 0;
        for (Path changelog : changelogs) {
            Path resources = changelog.getParent().getParent().getParent();
            EmbeddedDataSource dataSource = new EmbeddedDataSource();
            dataSource.setDatabaseName("memory:alone" + n++);
            dataSource.setCreateDatabase("create");
            try (URLClassLoader loader = new URLClassLoader(new URL[] { resources.toUri().toURL() }, null);
                    Connection connection = dataSource.getConnection()) {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                new Liquibase(resources.relativize(changelog).toString(), new ClassLoaderResourceAccessor(loader),
                        database).update("");
            } catch (Exception e) {
                failed.add(bundles.relativize(changelog) + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failed);
    }
}
