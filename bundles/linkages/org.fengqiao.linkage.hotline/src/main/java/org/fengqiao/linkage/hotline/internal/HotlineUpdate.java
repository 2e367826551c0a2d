package org.fengqiao.linkage.hotline.internal;

import java.time.Instant;

/**
 * A status change of a hotline record's ticket, as reported to the hotline.
 *
 * @param status {@code open} or {@code closed}, in the hotline's terms
 * @param step what happened: the transition's action (e.g. {@code accept}), else the timeline kind (e.g.
 *        {@code reply}, {@code linkage.department_feedback})
 */
public record HotlineUpdate(long updateId, String hotlineId, long ticketId, String state, String status, String step,
        String note, Instant at, boolean delivered) {

    /** The callback's body: the record's fields, the time as ISO-8601. */
    java.util.Map<String, Object> toJson() {
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("updateId", updateId);
        json.put("hotlineId", hotlineId);
        json.put("ticketId", ticketId);
        json.put("state", state);
        json.put("status", status);
        json.put("step", step);
        json.put("note", note);
        json.put("at", at.toString());
        return json;
    }

    static String status(String state) {
        return switch (state) {
            case "resolved", "closed", "rejected" -> "closed";
            default -> "open";
        };
    }
}
