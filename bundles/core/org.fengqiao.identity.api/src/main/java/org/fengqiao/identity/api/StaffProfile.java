package org.fengqiao.identity.api;

/** The real-name part of a staff account: public in the staff directory. */
public record StaffProfile(String fullName, String staffNumber, String unitCode, String title, String publicPhone) {
}
