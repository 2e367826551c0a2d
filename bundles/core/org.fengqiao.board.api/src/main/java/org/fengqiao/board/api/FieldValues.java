package org.fengqiao.board.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fengqiao.platform.api.Problems;

/**
 * Checks raw JSON values against field descriptions and normalises them: numbers become {@link BigDecimal},
 * date-times stay ISO strings in their canonical form, lists keep their order. Boards' intake fields and any other
 * plugin's field descriptions (a captain's field record kinds) are checked alike.
 */
public final class FieldValues {

    private FieldValues() {
    }

    /** Checks a post's fields; problems name {@code fields.<code>}. */
    public static Map<String, Object> validate(List<IntakeField> fields, Map<String, Object> raw, Problems problems) {
        return validate(fields, raw, problems, "fields.");
    }

    /**
     * Checks values against {@code fields}, adding a problem per unknown, missing or malformed value to
     * {@code problems} (its field is {@code pathPrefix + code}), and returns the normalised values that passed.
     */
    public static Map<String, Object> validate(List<IntakeField> fields, Map<String, Object> raw, Problems problems,
            String pathPrefix) {
        Map<String, IntakeField> byCode = new LinkedHashMap<>();
        fields.forEach(f -> byCode.put(f.code(), f));
        for (String code : raw.keySet()) {
            if (!byCode.containsKey(code)) {
                problems.add(pathPrefix + code, "unknown_field", "there is no field '" + code + "'");
            }
        }
        Map<String, Object> clean = new LinkedHashMap<>();
        for (IntakeField field : byCode.values()) {
            Object value = raw.get(field.code());
            if (isEmpty(value)) {
                if (field.required()) {
                    problems.add(pathPrefix + field.code(), "required", field.label().en() + " is required");
                }
                continue;
            }
            Object normalised = normalise(field, value, problems, pathPrefix + field.code());
            if (normalised != null) {
                clean.put(field.code(), normalised);
            }
        }
        return clean;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank())
                || (value instanceof List<?> l && l.isEmpty());
    }

    private static Object normalise(IntakeField field, Object value, Problems problems, String path) {
        switch (field.type()) {
            case STRING, TEXT -> {
                if (!(value instanceof String s)) {
                    return wrongType(problems, path, "a string");
                }
                if (s.length() > field.maxLength()) {
                    problems.add(path, "too_long", field.label().en() + " has " + s.length()
                            + " characters, at most " + field.maxLength() + " allowed");
                    return null;
                }
                return s.strip();
            }
            case NUMBER -> {
                if (!(value instanceof Number n) || value instanceof Boolean) {
                    return wrongType(problems, path, "a number");
                }
                return new BigDecimal(n.toString());
            }
            case DATETIME -> {
                if (!(value instanceof String s)) {
                    return wrongType(problems, path, "an ISO-8601 date-time string");
                }
                return parseDateTime(s, path, problems);
            }
            case SINGLEVALUELIST -> {
                if (!(value instanceof String s)) {
                    return wrongType(problems, path, "one of " + codes(field));
                }
                if (!allowed(field).contains(s)) {
                    problems.add(path, "not_allowed", "'" + s + "' is not one of " + codes(field));
                    return null;
                }
                return s;
            }
            case MULTIVALUELIST -> {
                if (!(value instanceof List<?> list)) {
                    return wrongType(problems, path, "an array of " + codes(field));
                }
                List<String> result = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (Object item : list) {
                    if (!(item instanceof String s) || !allowed(field).contains(s)) {
                        problems.add(path, "not_allowed", "'" + item + "' is not one of " + codes(field));
                        return null;
                    }
                    if (!seen.add(s)) {
                        problems.add(path, "duplicate_value", "'" + s + "' is given twice");
                        return null;
                    }
                    result.add(s);
                }
                return result;
            }
            default -> throw new IllegalStateException("unhandled field type " + field.type());
        }
    }

    private static Object parseDateTime(String s, String path, Problems problems) {
        try {
            return OffsetDateTime.parse(s).toString();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(s).toString();
            } catch (DateTimeParseException local) {
                problems.add(path, "wrong_type", "'" + s + "' is not an ISO-8601 date-time such as 2026-11-26T08:30");
                return null;
            }
        }
    }

    private static Object wrongType(Problems problems, String path, String expected) {
        problems.add(path, "wrong_type", path + " must be " + expected);
        return null;
    }

    private static Set<String> allowed(IntakeField field) {
        return field.allowedValues().stream().map(AllowedValue::code).collect(Collectors.toSet());
    }

    private static String codes(IntakeField field) {
        return field.allowedValues().stream().map(AllowedValue::code).collect(Collectors.joining(", ", "[", "]"));
    }
}
