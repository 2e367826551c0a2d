package org.fengqiao.linkage.hotline.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.fengqiao.platform.api.Problems;

/** A record as the 12345 hotline sends it; {@code deadline} is ISO-8601 with offset. */
record HotlineRecord(String hotlineId, String caller, String phone, String address, String content, String category,
        String deadline) {

    private static final Pattern HOTLINE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");

    /**
     * Checks every field; returns the deadline, or {@code null} when the hotline set none.
     *
     * @throws org.fengqiao.platform.api.FengqiaoException {@code validation_failed} naming each wrong field
     */
    Instant validDeadline() {
        Problems problems = new Problems();
        problems.text("hotlineId", hotlineId, true, 64);
        problems.pattern("hotlineId", hotlineId, HOTLINE_ID, "letters, digits, dot, colon, dash or underscore");
        problems.text("caller", caller, false, 100);
        problems.pattern("phone", phone, PHONE, "a phone number of digits");
        problems.text("address", address, true, 200);
        problems.text("content", content, true, 4000);
        problems.text("category", category, true, 64);
        Instant due = null;
        if (deadline != null && !deadline.isBlank()) {
            try {
                due = OffsetDateTime.parse(deadline.strip()).toInstant();
            } catch (DateTimeParseException e) {
                problems.add("deadline", "invalid_datetime", "deadline must be ISO-8601 with an offset, e.g. "
                        + "2026-12-01T18:00:00+08:00");
            }
        }
        problems.throwIfAny();
        return due;
    }

    /** The ticket's title: the first 40 characters of what the caller said. */
    String title() {
        String text = content.strip();
        return "12345：" + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
