package org.fengqiao.ticketing.api;

import java.util.Objects;

import org.fengqiao.board.api.LocalizedText;

/** A kind of timeline step with the words people read for it ("分派至部门 / Dispatched to a department"). */
public record TimelineStep(TimelineEntry.Kind kind, LocalizedText label) {

    public TimelineStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    public static TimelineStep of(TimelineEntry.Kind kind, String zh, String en) {
        return new TimelineStep(kind, LocalizedText.of(zh, en));
    }
}
