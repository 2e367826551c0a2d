package org.fengqiao.rest.api.internal;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which modules' applications are here now, and which were seen once and are out. Remembered in this bundle's data
 * area, so that after a restart without a module its paths still answer 404 {@code module_not_installed}. A module
 * whose base lies under {@code /api/v1} falls through to the core application, whose 404 mapper asks here; a module
 * with a base of its own ({@code /hotline/v1}) is stood in for by a fallback application of the lowest ranking
 * while it is out.
 */
@Component(service = ModulePresence.class, immediate = true)
public class ModulePresence {

    private static final Logger LOG = LoggerFactory.getLogger(ModulePresence.class);
    private static final String FILE = "modules.properties";
    private static final String CORE_PREFIX = "/" + WebApi.BASE + "/";

    private final Map<String, String> known = new ConcurrentHashMap<>(); // "/base" -> module
    private final Map<String, Integer> present = new ConcurrentHashMap<>(); // "/base" -> applications there
    private final Map<String, ServiceRegistration<Application>> standIns = new ConcurrentHashMap<>();
    private final File file;
    private volatile BundleContext context;

    @Activate
    public ModulePresence(BundleContext context) {
        this.file = context.getDataFile(FILE);
        load();
        this.context = context;
        known.forEach((base, module) -> updateStandIn(base));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + WebApi.MODULE + "=*)")
    void addApplication(Application application, Map<String, Object> properties) {
        if (!counts(properties)) {
            return;
        }
        String base = base(properties);
        String module = String.valueOf(properties.get(WebApi.MODULE));
        present.merge(base, 1, Integer::sum);
        if (!module.equals(known.put(base, module))) {
            save();
        }
        updateStandIn(base);
    }

    void removeApplication(Application application, Map<String, Object> properties) {
        if (!counts(properties)) {
            return;
        }
        String base = base(properties);
        present.computeIfPresent(base, (b, n) -> n <= 1 ? null : n - 1);
        updateStandIn(base);
    }

    /** The module that once served this request path and is out now. */
    public Optional<String> absentModuleFor(String requestPath) {
        for (Map.Entry<String, String> e : known.entrySet()) {
            String base = e.getKey();
            if ((requestPath.equals(base) || requestPath.startsWith(base + "/")) && !present.containsKey(base)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether this path is exactly the base of a module application that is here now. */
    public boolean isPresentBase(String path) {
        return present.containsKey(path);
    }

    @Deactivate
    void deactivate() {
        context = null;
        standIns.values().forEach(ModulePresence::unregister);
        standIns.clear();
    }

    private synchronized void updateStandIn(String base) {
        BundleContext ctx = context;
        boolean wanted = ctx != null && !base.startsWith(CORE_PREFIX) && !present.containsKey(base)
                && known.containsKey(base);
        ServiceRegistration<Application> current = standIns.get(base);
        if (wanted && current == null) {
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, base);
            props.put(JaxrsWhiteboardConstants.JAX_RS_NAME, "fengqiao.absent" + base.replace('/', '.'));
            props.put(JaxrsWhiteboardConstants.JAX_RS_EXTENSION_SELECT, WebApi.REQUIRES_JSON);
            props.put(WebApi.JSON_API, true);
            props.put(StandIn.STAND_IN, true);
            props.put(Constants.SERVICE_RANKING, Integer.MIN_VALUE);
            standIns.put(base, ctx.registerService(Application.class, new StandIn(known.get(base)), props));
        } else if (!wanted && current != null) {
            standIns.remove(base);
            unregister(current);
        }
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping
        }
    }

    /** A module's application on the whiteboard; not a stand-in, not one awaiting publication by version. */
    private static boolean counts(Map<String, Object> properties) {
        return !Boolean.TRUE.equals(properties.get(StandIn.STAND_IN))
                && properties.get(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE) != null;
    }

    /** The base clients use: a version published by {@link ModuleVersions} counts for its module's base. */
    private static String base(Map<String, Object> properties) {
        Object published = properties.get(ModuleVersions.PUBLIC_BASE);
        String base = String.valueOf(published != null ? published
                : properties.get(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE)).strip();
        base = "/" + base.replaceAll("^/+|/+$", "");
        return base;
    }

    private void load() {
        if (file == null || !file.exists()) {
            return;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            LOG.warn("Could not read the list of known modules {}: {}", file, e.getMessage());
        }
        p.forEach((base, module) -> known.put(base.toString(), module.toString()));
    }

    private synchronized void save() {
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        p.putAll(known);
        try (Writer out = Files.newBufferedWriter(file.toPath(), StandardCharsets.UTF_8)) {
            p.store(out, "module applications seen by this node: base = module");
        } catch (IOException e) {
            LOG.warn("Could not write the list of known modules {}: {}", file, e.getMessage());
        }
    }
}
