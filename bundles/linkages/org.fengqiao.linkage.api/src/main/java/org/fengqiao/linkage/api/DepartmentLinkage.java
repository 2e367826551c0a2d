package org.fengqiao.linkage.api;

import java.util.List;
import java.util.Optional;

import org.fengqiao.board.api.LocalizedText;

/**
 * A government department that takes dispatched tasks. Register one as an OSGi service with
 * {@link #ID_PROPERTY}; its arrival and departure are seen at once. Extend {@link SimpleLinkage}.
 */
public interface DepartmentLinkage {

    String ID_PROPERTY = "fengqiao.linkage.id";

    /** A linkage's configuration PID is this prefix and its id, e.g. {@code org.fengqiao.linkage.water}. */
    String PID_PREFIX = "org.fengqiao.linkage.";

    /** Short code, e.g. {@code water}; keys its tasks in storage and its configuration. */
    String id();

    LocalizedText name();

    /** Code of the department's unit in the organisation tree; its staff work the tasks. */
    String departmentUnit();

    List<LinkageCategory> categories();

    /** How dispatches reach the department, usually from its configuration. */
    Delivery delivery();

    default Optional<LinkageCategory> category(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
