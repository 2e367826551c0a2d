package org.fengqiao.identity.api;

/**
 * One unit of the organisation tree.
 *
 * @param code stable identifier from the city's configuration, e.g. {@code kundulun-precinct}
 * @param parentCode the enclosing unit, {@code null} at the root
 */
public record OrgUnit(String code, UnitKind kind, String nameZh, String nameEn, String parentCode) {
}
