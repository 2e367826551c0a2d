package org.fengqiao.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rolling-upgrade rule (docs/operations.md), checked over every bundle's changelog: a change set only expands the
 * schema, so that the build before it runs on the schema after it. Anything else (a drop, a rename, a new NOT NULL
 * without a default, a type change other than a longer VARCHAR) is a contract step: it must say so in a
 * {@code <comment>contract: …</comment>} naming the version whose code stopped needing the old shape.
 */
class MigrationRuleTest {

    private static final Set<String> EXPANDING = Set.of("createTable", "addColumn", "createIndex", "dropIndex",
            "addUniqueConstraint", "addPrimaryKey", "insert", "update", "sql", "modifyDataType", "comment",
            "preConditions", "rollback");

    @Test
    void everyChangeSetOfEveryBundleOnlyExpandsTheSchemaUnlessItIsAMarkedContractStep() throws Exception {
        List<Path> changelogs = changelogs();
        assertTrue(changelogs.size() >= 10, "the bundles' changelogs: " + changelogs);
        List<String> broken = new ArrayList<>();
        int changeSets = 0;
        for (Path changelog : changelogs) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList sets = factory.newDocumentBuilder().parse(changelog.toFile()).getDocumentElement()
                    .getElementsByTagNameNS("*", "changeSet");
            for (int i = 0; i < sets.getLength(); i++) {
                Element set = (Element) sets.item(i);
                changeSets++;
                if (contractStep(set)) {
                    continue;
                }
                for (Element change : children(set)) {
                    String problem = problem(change);
                    if (problem != null) {
                        broken.add(changelog.getFileName() + " " + set.getAttribute("id") + ": " + problem);
                    }
                }
            }
        }
        assertTrue(changeSets > 30, "change sets read: " + changeSets);
        assertEquals(List.of(), broken);
    }

    @Test
    void aDropIsCaughtAndAMarkedContractStepPasses() throws Exception {
        Element drop = parse("<changeSet id='x' author='a'><dropColumn tableName='T' columnName='C'/></changeSet>");
        assertEquals("dropColumn is not an expansion", problem(children(drop).get(0)));
        Element marked = parse("<changeSet id='x' author='a'><comment>contract: 1.3 stopped reading C</comment>"
                + "<dropColumn tableName='T' columnName='C'/></changeSet>");
        assertTrue(contractStep(marked));
        Element notNull = parse("<changeSet id='x' author='a'><addColumn tableName='T'><column name='C' type='INT'>"
                + "<constraints nullable='false'/></column></addColumn></changeSet>");
        assertEquals("addColumn C is NOT NULL without a default: the build before inserts without it",
                problem(children(notNull).get(0)));
        Element narrowing = parse("<changeSet id='x' author='a'><modifyDataType tableName='T' columnName='C'"
                + " newDataType='INT'/></changeSet>");
        assertEquals("modifyDataType to INT: only a longer VARCHAR is an expansion", problem(children(narrowing).get(0)));
    }

    private static String problem(Element change) {
        String kind = change.getLocalName();
        if (!EXPANDING.contains(kind)) {
            return kind + " is not an expansion";
        }
        if (kind.equals("modifyDataType") && !change.getAttribute("newDataType").toUpperCase().startsWith("VARCHAR")) {
            return "modifyDataType to " + change.getAttribute("newDataType") + ": only a longer VARCHAR is an expansion";
        }
        if (kind.equals("addColumn")) {
            for (Element column : children(change)) {
                boolean defaulted = column.getAttributes().getLength() > 0 && Stream.of("defaultValue",
                        "defaultValueNumeric", "defaultValueBoolean", "defaultValueDate", "defaultValueComputed")
                        .anyMatch(column::hasAttribute);
                for (Element constraints : children(column)) {
                    if ("false".equals(constraints.getAttribute("nullable")) && !defaulted) {
                        return "addColumn " + column.getAttribute("name")
                                + " is NOT NULL without a default: the build before inserts without it";
                    }
                }
            }
        }
        return null;
    }

    private static boolean contractStep(Element set) {
        return children(set).stream().anyMatch(c -> c.getLocalName().equals("comment")
                && c.getTextContent().strip().startsWith("contract:"));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)))
                .getDocumentElement();
    }

    /** Every changelog of the bundles in this source tree (this bundle sits in bundles/core). */
    private static List<Path> changelogs() throws IOException {
        Path bundles = Path.of("").toAbsolutePath().getParent().getParent();
        try (Stream<Path> files = Files.walk(bundles)) {
            return files.filter(p -> p.toString().contains("/src/main/resources/db/") && p.toString().endsWith(".xml"))
                    .sorted().toList();
        }
    }
}
