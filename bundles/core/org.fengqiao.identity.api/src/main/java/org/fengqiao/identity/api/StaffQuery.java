package org.fengqiao.identity.api;

/**
 * A search of the public staff directory; {@code null} members do not filter.
 *
 * @param text matched against real name, staff number and title
 * @param unitCode the unit and every unit below it
 */
public record StaffQuery(String text, String unitCode, Role role, int page, int size) {
}
