package org.fengqiao.linkage.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.fengqiao.linkage.api.DepartmentLinkage;
import org.fengqiao.linkage.api.LinkageRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whiteboard of department linkages: a linkage's feature installed is a linkage here, at once. */
@Component(service = LinkageRegistry.class)
public class LinkageRegistryImpl implements LinkageRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(LinkageRegistryImpl.class);

    private final Map<String, DepartmentLinkage> linkages = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addLinkage(DepartmentLinkage linkage) {
        DepartmentLinkage previous = linkages.putIfAbsent(linkage.id(), linkage);
        if (previous != null && previous != linkage) {
            LOG.error("Two department linkages claim id '{}'; {} is ignored", linkage.id(),
                    linkage.getClass().getName());
        } else {
            LOG.info("Department linkage '{}' ({}) installed", linkage.id(), linkage.name().zh());
        }
    }

    void removeLinkage(DepartmentLinkage linkage) {
        if (linkages.remove(linkage.id(), linkage)) {
            LOG.info("Department linkage '{}' removed; its tasks stay stored", linkage.id());
        }
    }

    @Override
    public List<DepartmentLinkage> linkages() {
        return linkages.values().stream().sorted(Comparator.comparing(DepartmentLinkage::id)).toList();
    }

    @Override
    public Optional<DepartmentLinkage> linkage(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(linkages.get(id));
    }
}
