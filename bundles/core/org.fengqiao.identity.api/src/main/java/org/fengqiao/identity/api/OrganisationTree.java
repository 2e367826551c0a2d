package org.fengqiao.identity.api;

import java.util.List;

/**
 * The organisation tree of the city's configuration. Registered once the tree is loaded into storage, so a
 * component that needs units to exist (demo data, an importer) references this service.
 */
public interface OrganisationTree {

    /** The configured units, parents before children. */
    List<OrgUnit> units();
}
