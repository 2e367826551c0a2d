package org.fengqiao.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tells, without starting Liquibase, whether every change set of a bundle's changelog is already recorded as applied
 * in Liquibase's own table: then a start has nothing to migrate. Only a plain changelog qualifies: one that includes
 * other files, or has a change set that runs always, on change, or only in some contexts, databases or labels, is
 * left to Liquibase.
 */
public final class AppliedChangeSets {

    private static final Set<String> CONDITIONAL = Set.of("runAlways", "runOnChange", "context", "contextFilter",
            "labels", "dbms");

    private AppliedChangeSets() {
    }

    /** Whether each change set of {@code changelogPath}, read from {@code loader}, is recorded as applied. */
    public static boolean allApplied(DataSource dataSource, ClassLoader loader, String changelogPath) {
        Set<String> wanted = plainChangeSets(loader, changelogPath);
        if (wanted == null || wanted.isEmpty()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement applied = connection.prepareStatement(
                        "SELECT ID, AUTHOR FROM DATABASECHANGELOG WHERE FILENAME = ?")) {
            applied.setString(1, changelogPath);
            try (ResultSet rows = applied.executeQuery()) {
                while (rows.next()) {
                    wanted.remove(key(rows.getString(1), rows.getString(2)));
                }
            }
            return wanted.isEmpty();
        } catch (SQLException noTableYet) {
            // a new database (no DATABASECHANGELOG) or one Liquibase must look at: Liquibase decides
            return false;
        }
    }

    /** The change sets' ids and authors, or {@code null} when the changelog is not a plain one. */
    static Set<String> plainChangeSets(ClassLoader loader, String changelogPath) {
        try (InputStream in = loader.getResourceAsStream(changelogPath)) {
            if (in == null) {
                return null;
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // quiet: a parse error is thrown, not printed
            Element root = builder.parse(in).getDocumentElement();
            if (root.getElementsByTagName("include").getLength() > 0
                    || root.getElementsByTagName("includeAll").getLength() > 0) {
                return null;
            }
            NodeList changeSets = root.getElementsByTagName("changeSet");
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < changeSets.getLength(); i++) {
                Element changeSet = (Element) changeSets.item(i);
                for (String attribute : CONDITIONAL) {
                    if (changeSet.hasAttribute(attribute)) {
                        return null;
                    }
                }
                keys.add(key(changeSet.getAttribute("id"), changeSet.getAttribute("author")));
            }
            return keys;
        } catch (IOException | ParserConfigurationException | SAXException unreadable) {
            // Liquibase reads it again and reports what is wrong
            return null;
        }
    }

    private static String key(String id, String author) {
        return id + '\u0000' + author;
    }
}
