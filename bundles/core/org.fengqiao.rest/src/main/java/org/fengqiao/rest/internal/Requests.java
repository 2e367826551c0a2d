package org.fengqiao.rest.internal;

import java.util.Map;


/** The JSON request bodies of the core API. */
final class Requests {

    private Requests() {
    }

    record Register(String username, String password, String displayName, String phone) {
    }

    record Login(String username, String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record PostTicket(String category, String title, String body, Map<String, Object> fields, Long addresseeId) {
    }

    record NewStaff(String username, String password, String fullName, String staffNumber, String unit,
            String title, String publicPhone, java.util.List<String> roles) {
    }

    record Reply(String body) {
    }

    record Transition(String action, Integer version, Long assigneeId, String reason) {
    }

    record Rate(Integer score, String comment) {
    }

    record Reason(String reason) {
    }

    record Note(String note) {
    }

    record Order(String unit, String instruction) {
    }

    /** A path id; anything that is not a number names no ticket. */
    static long ticketId(String value) {
        return org.fengqiao.rest.api.Params.id(value, "ticket");
    }
}
