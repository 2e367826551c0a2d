package org.fengqiao.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppliedChangeSetsTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n";
    private static final String PATH = "db/sample/changelog.xml";

    @TempDir
    Path folder;

    private URLClassLoader changelog(String changeSets) throws Exception {
        Path file = folder.resolve(PATH);
        Files.createDirectories(file.getParent());
        Files.writeString(file, HEADER + changeSets + "</databaseChangeLog>\n");
        return new URLClassLoader(new URL[] { folder.toUri().toURL() }, null);
    }

    @Test
    void readsTheChangeSetsOfAPlainChangelog() throws Exception {
        try (URLClassLoader loader = changelog("  <changeSet id=\"a-1\" author=\"fengqiao\"/>\n"
                + "  <changeSet id=\"a-2\" author=\"fengqiao\"><sql dbms=\"derby\">SELECT 1</sql></changeSet>\n")) {
            assertEquals(2, AppliedChangeSets.plainChangeSets(loader, PATH).size());
        }
    }

    @Test
    void conditionalOrIncludingChangelogsAreLeftToLiquibase() throws Exception {
        try (URLClassLoader loader = changelog("  <changeSet id=\"a\" author=\"b\" runOnChange=\"true\"/>\n")) {
            assertNull(AppliedChangeSets.plainChangeSets(loader, PATH));
        }
        try (URLClassLoader loader = changelog("  <changeSet id=\"a\" author=\"b\" dbms=\"derby\"/>\n")) {
            assertNull(AppliedChangeSets.plainChangeSets(loader, PATH));
        }
        try (URLClassLoader loader = changelog("  <include file=\"other.xml\"/>\n")) {
            assertNull(AppliedChangeSets.plainChangeSets(loader, PATH));
            assertNull(AppliedChangeSets.plainChangeSets(loader, "db/missing/changelog.xml"));
        }
        try (URLClassLoader loader = changelog("  <changeSet id=\"a\" author=\"b\">\n")) {
            assertNull(AppliedChangeSets.plainChangeSets(loader, PATH), "not well-formed: Liquibase reports it");
        }
    }
}
