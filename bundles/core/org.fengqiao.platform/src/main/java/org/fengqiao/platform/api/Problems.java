package org.fengqiao.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every problem of an input, then refuses it once with all of them. */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public Problems add(String field, String code, String message) {
        problems.add(new Problem(field, code, message));
        return this;
    }

    public Problems addAll(List<Problem> more) {
        problems.addAll(more);
        return this;
    }

    /**
     * Checks a text: present (when required), at most {@code maxLength} characters, no character that cannot be
     * stored ({@link TextRules}).
     */
    public Problems text(String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "required", field + " is required");
            }
        } else if (value.length() > maxLength) {
            add(field, "too_long", field + " has " + value.length() + " characters, at most " + maxLength + " allowed");
        } else {
            TextRules.check(this, field, value);
        }
        return this;
    }

    /** Checks that a present text matches a pattern. */
    public Problems pattern(String field, String value, Pattern pattern, String expectation) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            add(field, "invalid_format", field + " must be " + expectation);
        }
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw FengqiaoException.invalid(problems);
        }
    }
}
