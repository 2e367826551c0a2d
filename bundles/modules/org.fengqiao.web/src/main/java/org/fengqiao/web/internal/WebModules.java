package org.fengqiao.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The modules that bring pages: every active bundle with a {@value WebModule#HEADER} header naming its descriptor
 * ({@code web/module.json}). A module's pages appear when its bundle starts and are gone when it stops, with no
 * restart of anything.
 */
@Component(service = WebModules.class, immediate = true)
public class WebModules {

    private static final Logger LOG = LoggerFactory.getLogger(WebModules.class);
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,40}");
    private static final Pattern ROUTE = Pattern.compile("[a-z][a-z0-9-]*(/:?[a-z0-9-]+)*");
    private static final Pattern FOLDER = Pattern.compile("[a-z][a-z0-9-]*(/[a-z0-9-]+)*");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*\\.[a-z0-9]+");

    private final ObjectMapper json = new ObjectMapper();
    private final BundleTracker<WebModule> tracker;

    @Activate
    public WebModules(BundleContext context) {
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
            @Override
            public WebModule addingBundle(Bundle bundle, BundleEvent event) {
                String descriptor = bundle.getHeaders("").get(WebModule.HEADER);
                if (descriptor == null) {
                    return null;
                }
                return read(bundle, descriptor.strip());
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, WebModule module) {
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, WebModule module) {
            }
        });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** Modules present now, ordered by id (two bundles claiming one id: the higher version serves). */
    List<WebModule> all() {
        Map<String, WebModule> byId = new LinkedHashMap<>();
        tracker.getTracked().values().stream()
                .sorted(Comparator.comparing(WebModule::id).thenComparing(m -> m.bundle().getVersion()))
                .forEach(m -> byId.put(m.id(), m));
        return new ArrayList<>(byId.values());
    }

    Optional<WebModule> module(String id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The module that brings the application {@code app} ({@code field}), if one is present. */
    Optional<WebModule> app(String app) {
        return all().stream().filter(m -> m.apps().containsKey(app)).findFirst();
    }

    private WebModule read(Bundle bundle, String descriptorPath) {
        URL entry = bundle.getEntry(descriptorPath);
        if (entry == null) {
            LOG.warn("Bundle {} names web descriptor {}, which it does not contain; its pages are not shown",
                    bundle.getSymbolicName(), descriptorPath);
            return null;
        }
        try (InputStream in = entry.openStream()) {
            Map<String, Object> d = json.readValue(in, new TypeReference<Map<String, Object>>() { });
            String folder = descriptorPath.contains("/") ? descriptorPath.substring(0, descriptorPath.lastIndexOf('/'))
                    : "";
            return describe(bundle, folder, d);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Web descriptor {} of bundle {} is not valid, its pages are not shown: {}", descriptorPath,
                    bundle.getSymbolicName(), e.getMessage());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private WebModule describe(Bundle bundle, String folder, Map<String, Object> d) throws IOException {
        String id = text(d, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must be 2 to 41 of a-z, 0-9 and -, starting with a letter");
        }
        List<Map<String, Object>> pages = (List<Map<String, Object>>) d.getOrDefault("pages", List.of());
        for (Map<String, Object> page : pages) {
            String app = text(page, "app");
            if (!app.equals("portal") && !app.equals("console")) {
                throw new IllegalArgumentException("page app must be portal or console, not " + app);
            }
            if (!ROUTE.matcher(text(page, "route")).matches()) {
                throw new IllegalArgumentException("page route '" + page.get("route") + "' is not a route");
            }
            file(page, "script");
            text(page, "label");
        }
        List<Map<String, Object>> widgets = (List<Map<String, Object>>) d.getOrDefault("widgets", List.of());
        for (Map<String, Object> widget : widgets) {
            text(widget, "app");
            text(widget, "slot");
            file(widget, "script");
        }
        Map<String, String> apps = (Map<String, String>) d.getOrDefault("apps", Map.of());
        for (Map.Entry<String, String> app : apps.entrySet()) {
            if (!ID.matcher(app.getKey()).matches() || List.of("ui", "webjars", "console", "api").contains(app.getKey())
                    || !FOLDER.matcher(app.getValue()).matches()) {
                throw new IllegalArgumentException("app " + app.getKey() + " → " + app.getValue() + " is not allowed");
            }
        }
        Map<String, Map<String, String>> messages = new LinkedHashMap<>();
        Map<String, String> files = (Map<String, String>) d.getOrDefault("messages", Map.of());
        for (Map.Entry<String, String> file : files.entrySet()) {
            URL url = bundle.getEntry(folder + "/" + file.getValue());
            if (url == null) {
                throw new IllegalArgumentException("messages file " + file.getValue() + " is missing");
            }
            try (InputStream in = url.openStream()) {
                messages.put(file.getKey(), json.readValue(in, new TypeReference<Map<String, String>>() { }));
            }
        }
        return new WebModule(id, bundle, folder, pages, widgets, apps, messages);
    }

    private static String text(Map<String, Object> map, String key) {
        if (!(map.get(key) instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return s;
    }

    private static void file(Map<String, Object> map, String key) {
        if (!FILE.matcher(text(map, key)).matches()) {
            throw new IllegalArgumentException("'" + key + "' is not a file path: " + map.get(key));
        }
    }
}
