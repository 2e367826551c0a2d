package org.fengqiao.linkage.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fengqiao.linkage.api.DepartmentLinkage;
import org.fengqiao.linkage.api.LinkageCategory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeProvider;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The metatype of every installed linkage's file {@code org.fengqiao.linkage.<id>.cfg}: the delivery fields and one
 * service code per category of that linkage, so {@code config:meta}, the web console and the docs show them typed.
 * Published as a {@link MetaTypeProvider} whose {@code metatype.pid} follows the linkages present.
 */
@Component(immediate = true)
public class LinkageMetaTypes implements MetaTypeProvider {

    private final Map<String, DepartmentLinkage> linkages = new ConcurrentHashMap<>();
    private volatile ServiceRegistration<MetaTypeProvider> registration;

    @Activate
    void activate(BundleContext context) {
        registration = context.registerService(MetaTypeProvider.class, this, properties());
    }

    @Deactivate
    void deactivate() {
        ServiceRegistration<MetaTypeProvider> r = registration;
        registration = null;
        if (r != null) {
            r.unregister();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addLinkage(DepartmentLinkage linkage) {
        linkages.put(DepartmentLinkage.PID_PREFIX + linkage.id(), linkage);
        republish();
    }

    void removeLinkage(DepartmentLinkage linkage) {
        linkages.remove(DepartmentLinkage.PID_PREFIX + linkage.id(), linkage);
        republish();
    }

    private synchronized void republish() {
        ServiceRegistration<MetaTypeProvider> r = registration;
        if (r != null) {
            r.setProperties(properties());
        }
    }

    private Dictionary<String, Object> properties() {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put(METATYPE_PID, linkages.keySet().stream().sorted().toArray(String[]::new));
        return p;
    }

    @Override
    public ObjectClassDefinition getObjectClassDefinition(String pid, String locale) {
        DepartmentLinkage linkage = linkages.get(pid);
        return linkage == null ? null : definition(pid, linkage);
    }

    @Override
    public String[] getLocales() {
        return null;
    }

    static ObjectClassDefinition definition(String pid, DepartmentLinkage linkage) {
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(
                new Field("delivery", "Delivery", "in_app: the department's staff work tasks in Fengqiao;"
                        + " open311: tasks go to the department's own GeoReport v2 system", AttributeDefinition.STRING,
                        "in_app", new String[] { "in_app", "open311" }),
                new Field("open311.endpoint", "Open311 endpoint", "The department's GeoReport v2 base URL (http or"
                        + " https), for open311", AttributeDefinition.STRING, null, null),
                new Field("open311.api_key", "Open311 API key", "The key the department issued to Fengqiao, for"
                        + " open311", AttributeDefinition.PASSWORD, null, null),
                new Field("open311.jurisdiction_id", "Open311 jurisdiction", "Sent with every call when set",
                        AttributeDefinition.STRING, null, null),
                new Field("open311.address", "Default address", "address_string for tickets with no address of"
                        + " their own", AttributeDefinition.STRING, null, null)));
        for (LinkageCategory c : linkage.categories()) {
            attributes.add(new Field("open311.service_code." + c.code(), "Service code: " + c.name().zh() + " / "
                    + c.name().en(), "The department system's service code for category " + c.code()
                    + "; dispatching it over open311 without one is refused", AttributeDefinition.STRING, null,
                    null));
        }
        return new Definition(pid, linkage.name().zh() + " / " + linkage.name().en(), attributes);
    }

    private record Definition(String id, String name, List<AttributeDefinition> attributes)
            implements ObjectClassDefinition {

        @Override
        public String getName() {
            return "Fengqiao linkage delivery: " + name;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return "How dispatches reach this department (P8)";
        }

        @Override
        public AttributeDefinition[] getAttributeDefinitions(int filter) {
            // every field may be left out: the delivery defaults to in_app
            return filter == REQUIRED ? new AttributeDefinition[0] : attributes.toArray(AttributeDefinition[]::new);
        }

        @Override
        public java.io.InputStream getIcon(int size) {
            return null;
        }
    }

    private record Field(String id, String name, String description, int type, String fallback, String[] options)
            implements AttributeDefinition {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public int getCardinality() {
            return 0;
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public String[] getOptionValues() {
            return options;
        }

        @Override
        public String[] getOptionLabels() {
            return options;
        }

        @Override
        public String validate(String value) {
            if (options != null && value != null && !List.of(options).contains(value)) {
                return "expected one of " + String.join(", ", options);
            }
            return "";
        }

        @Override
        public String[] getDefaultValue() {
            return fallback == null ? null : new String[] { fallback };
        }
    }
}
