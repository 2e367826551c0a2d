package org.fengqiao.persistence.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.fengqiao.persistence.internal.AppliedChangeSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {

    private static final String CHANGELOG = "db/migrationtest/changelog.xml";
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n";

    @TempDir
    Path folder;

    private static EmbeddedDataSource newDatabase(String name) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    @Test
    void aCurrentSchemaIsRecognisedWithoutLiquibase() throws SQLException {
        EmbeddedDataSource dataSource = newDatabase("current");
        ClassLoader loader = getClass().getClassLoader();
        assertFalse(AppliedChangeSets.allApplied(dataSource, loader, CHANGELOG), "a new database has no record");

        SchemaMigrations.migrate(dataSource, getClass(), CHANGELOG);
        assertTrue(AppliedChangeSets.allApplied(dataSource, loader, CHANGELOG));
        // the second start takes the short way and changes nothing
        SchemaMigrations.migrate(dataSource, getClass(), CHANGELOG);
        assertEquals(1, count(dataSource, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
        assertEquals(0, count(dataSource, "SELECT COUNT(*) FROM FQ_MIGRATION_TEST"));
    }

    @Test
    void aNewChangeSetInTheSameChangelogIsSeenAsNotApplied() throws Exception {
        EmbeddedDataSource dataSource = newDatabase("newer");
        SchemaMigrations.migrate(dataSource, getClass(), CHANGELOG);

        Path newer = folder.resolve(CHANGELOG);
        Files.createDirectories(newer.getParent());
        Files.writeString(newer, HEADER
                + "  <changeSet id=\"migrationtest-1\" author=\"fengqiao\"><sql>SELECT 1 FROM SYSIBM.SYSDUMMY1</sql></changeSet>\n"
                + "  <changeSet id=\"migrationtest-2\" author=\"fengqiao\"><sql>SELECT 1 FROM SYSIBM.SYSDUMMY1</sql></changeSet>\n"
                + "</databaseChangeLog>\n");
        try (URLClassLoader upgraded = new URLClassLoader(new URL[] { folder.toUri().toURL() }, null)) {
            assertFalse(AppliedChangeSets.allApplied(dataSource, upgraded, CHANGELOG));
        }
    }

    private static int count(EmbeddedDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
