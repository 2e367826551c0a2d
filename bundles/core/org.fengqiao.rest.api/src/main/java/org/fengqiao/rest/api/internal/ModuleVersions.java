package org.fengqiao.rest.api.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;
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
 * Upgrade in place for modules. A module that registers its {@link Application} with {@value WebApi#MODULE} and no
 * base gets it published here at a base of its own version, {@code api/v1/<module>/@<version>}; requests for
 * {@code /api/v1/<module>/…} go to the highest version that serves (equal versions: the earlier registration).
 * A new version takes over only once its servlet answers, and the old one is routed away before it is taken
 * down, so deploying 1.0.1 next to 1.0.0 and then removing 1.0.0 leaves no gap. (Two applications at one base
 * cannot do this: Aries rebuilds an application whenever its set of resources changes.)
 */
@Component(service = ModuleVersions.class, immediate = true)
public class ModuleVersions {

    /** Property of a published version: the module's public base, {@code /api/v1/<module>}. */
    static final String PUBLIC_BASE = "fengqiao.module.base";
    /** Property of a published version: the module bundle's version. */
    static final String VERSION = "fengqiao.module.version";
    private static final Logger LOG = LoggerFactory.getLogger(ModuleVersions.class);
    private static final String PREFIX = "/" + WebApi.BASE + "/";
    private static final Comparator<Published> SERVING_ORDER = Comparator.comparing(Published::version).reversed()
            .thenComparingLong(Published::serviceId);

    /** One version of a module, published at {@code base}. */
    record Published(String module, Version version, long serviceId, String base) {
    }

    /** The version found serving, valid while the module's list of versions is this one. */
    private record Choice(List<Published> versions, Published serving) {
    }

    private final BundleContext context;
    private final Map<Long, ServiceRegistration<Application>> registrations = new ConcurrentHashMap<>();
    private volatile Map<String, List<Published>> byModule = Map.of();
    private final Map<String, Choice> settled = new ConcurrentHashMap<>();

    @Activate
    public ModuleVersions(BundleContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(&(" + WebApi.MODULE + "=*)(!(" + JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE + "=*)))")
    void addModule(Application application, ServiceReference<Application> reference) {
        String module = String.valueOf(reference.getProperty(WebApi.MODULE));
        if (!module.matches("[a-z][a-z0-9_-]{0,39}")) {
            LOG.error("Module application of bundle {} refused: module name '{}' is not [a-z][a-z0-9_-]{{0,39}}",
                    reference.getBundle().getSymbolicName(), module);
            return;
        }
        Version version = reference.getBundle().getVersion();
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        Published published = new Published(module, version, serviceId, PREFIX + module + "/@" + version);
        LOG.info("Module '{}' {}: publishing at {}", module, version, published.base());
        changeVersions(module, published, null);
        registrations.put(serviceId, context.registerService(Application.class, application,
                whiteboardProperties(reference, published)));
    }

    void removeModule(ServiceReference<Application> reference) {
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        ServiceRegistration<Application> registration = registrations.remove(serviceId);
        if (registration == null) {
            return;
        }
        String module = String.valueOf(reference.getProperty(WebApi.MODULE));
        changeVersions(module, null, serviceId); // routed away first, then taken down
        unregister(registration);
        List<Published> left = byModule.getOrDefault(module, List.of());
        LOG.info("Module '{}' {}: withdrawn{}", module, reference.getBundle().getVersion(),
                left.isEmpty() ? "" : "; version " + left.get(0).version() + " serves now");
    }

    /**
     * Where a request path goes: {@code /api/v1/<module>/rest} becomes {@code <base of the serving version>/rest}.
     * Null when the path names no published module or names a version itself ({@code /api/v1/<module>/@1.0.0/…}).
     *
     * @param serves whether the servlet at a base answers requests yet
     */
    String route(String path, Predicate<String> serves) {
        if (path == null || !path.startsWith(PREFIX)) {
            return null;
        }
        int end = path.indexOf('/', PREFIX.length());
        String module = path.substring(PREFIX.length(), end < 0 ? path.length() : end);
        List<Published> versions = byModule.get(module);
        if (versions == null) {
            return null;
        }
        String rest = end < 0 ? "/" : path.substring(end);
        if (rest.startsWith("/@")) {
            return null;
        }
        return serving(module, versions, serves).base() + rest;
    }

    /** The published versions of one module, serving order. */
    List<Published> versions(String module) {
        return byModule.getOrDefault(module, List.of());
    }

    private Published serving(String module, List<Published> versions, Predicate<String> serves) {
        Choice known = settled.get(module);
        if (known != null && known.versions() == versions) {
            return known.serving();
        }
        // a newer version serves only once its servlet answers; until then the one that answered before
        for (Published candidate : versions) {
            if (serves.test(candidate.base())) {
                if (candidate == versions.get(0)) {
                    Choice before = settled.put(module, new Choice(versions, candidate));
                    if (before == null || before.serving() != candidate) {
                        LOG.info("Module '{}': version {} answers at {} and serves now", module,
                                candidate.version(), candidate.base());
                    }
                }
                return candidate;
            }
        }
        return versions.get(0);
    }

    synchronized void changeVersions(String module, Published added, Long removedServiceId) {
        Map<String, List<Published>> next = new HashMap<>(byModule);
        List<Published> versions = new ArrayList<>(next.getOrDefault(module, List.of()));
        if (added != null) {
            versions.add(added);
        }
        if (removedServiceId != null) {
            versions.removeIf(p -> p.serviceId() == removedServiceId);
        }
        versions.sort(SERVING_ORDER);
        if (versions.isEmpty()) {
            next.remove(module);
        } else {
            next.put(module, List.copyOf(versions));
        }
        byModule = Map.copyOf(next);
    }

    private static Hashtable<String, Object> whiteboardProperties(ServiceReference<Application> reference,
            Published published) {
        Hashtable<String, Object> props = new Hashtable<>();
        for (String key : reference.getPropertyKeys()) {
            if (key.startsWith("osgi.jaxrs.") || key.startsWith("fengqiao.")) {
                props.put(key, reference.getProperty(key));
            }
        }
        props.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, published.base().substring(1));
        props.put(JaxrsWhiteboardConstants.JAX_RS_NAME, "fengqiao.module." + published.module() + "@"
                + published.version());
        props.putIfAbsent(JaxrsWhiteboardConstants.JAX_RS_EXTENSION_SELECT, WebApi.REQUIRES_JSON);
        props.put(WebApi.JSON_API, true);
        props.put(PUBLIC_BASE, PREFIX + published.module());
        props.put(VERSION, published.version().toString());
        return props;
    }

    @Deactivate
    void deactivate() {
        registrations.values().forEach(ModuleVersions::unregister);
        registrations.clear();
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // this bundle is stopping
        }
    }
}
