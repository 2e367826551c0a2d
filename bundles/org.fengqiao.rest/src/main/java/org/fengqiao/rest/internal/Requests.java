package org.fengqiao.rest.internal;

import java.util.Map;

import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;

/** The JSON request bodies of the API, and the checks every request shares. */
final class Requests {

    private Requests() {
    }

    record Register(String username, String password, String displayName, String phone) {
    }

    record Login(String username, String password) {
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

    static <T> T present(T body) {
        if (body == null) {
            throw new FengqiaoException(ErrorKind.BAD_REQUEST, "missing_body", "this request needs a JSON body");
        }
        return body;
    }

    /** A non-negative whole number from a query parameter, or its default. */
    static int intParam(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw FengqiaoException.invalid(java.util.List.of(new org.fengqiao.platform.api.Problem(name,
                "out_of_range", name + " must be a whole number from " + min + " to " + max)));
    }

    /** A path id; anything that is not a number names no ticket. */
    static long ticketId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw FengqiaoException.notFound("ticket_not_found", "no ticket " + value);
        }
    }
}
