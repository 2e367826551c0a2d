package org.fengqiao.linkage.api;

import java.util.List;
import java.util.Optional;

/** The department linkages installed now. */
public interface LinkageRegistry {

    List<DepartmentLinkage> linkages();

    Optional<DepartmentLinkage> linkage(String id);
}
