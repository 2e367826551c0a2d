package org.fengqiao.rest.api;

import java.util.List;

import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;

/** Checks every endpoint shares: a body is present, numbers in range, ids that name something. */
public final class Params {

    private Params() {
    }

    /** The body, or 400 {@code missing_body}. */
    public static <T> T present(T body) {
        if (body == null) {
            throw new FengqiaoException(ErrorKind.BAD_REQUEST, "missing_body", "this request needs a JSON body");
        }
        return body;
    }

    /** A whole number from a query parameter within [min, max], or its default; else 400 naming the parameter. */
    public static int intParam(String name, String value, int defaultValue, int min, int max) {
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
        throw FengqiaoException.invalid(List.of(new Problem(name, "out_of_range",
                name + " must be a whole number from " + min + " to " + max)));
    }

    /** A path id; anything that is not a number names nothing: 404 {@code <what>_not_found}. */
    public static long id(String value, String what) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw FengqiaoException.notFound(what + "_not_found", "no " + what + " " + value);
        }
    }
}
