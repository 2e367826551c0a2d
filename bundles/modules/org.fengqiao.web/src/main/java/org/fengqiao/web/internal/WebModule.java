package org.fengqiao.web.internal;

import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;

/**
 * The pages a module brings, read from the descriptor its bundle names in the {@value #HEADER} header.
 *
 * @param folder the bundle folder holding the descriptor; page scripts and apps are relative to it
 * @param pages pages of the portal or console, each with a menu entry
 * @param widgets parts a module adds to a page of another, e.g. the portal's front page
 * @param apps whole applications of the module: name to folder ({@code field} → {@code /field/})
 * @param messages language to message key to text
 */
record WebModule(String id, Bundle bundle, String folder, List<Map<String, Object>> pages,
        List<Map<String, Object>> widgets, Map<String, String> apps, Map<String, Map<String, String>> messages) {

    static final String HEADER = "Fengqiao-Web";

    String version() {
        return bundle.getVersion().toString();
    }
}
