package org.fengqiao.notification.internal;

import java.time.Instant;

import org.fengqiao.ticketing.api.TicketAction;
import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TicketState;
import org.fengqiao.ticketing.api.TimelineEntry.Kind;

/** Ticket events as ticketing writes them, for the tests. */
final class Events {

    static final long AUTHOR = 10;
    static final long OFFICER = 20;

    private Events() {
    }

    static TicketEvent of(Kind kind, long actorId, String unitCode, String alertUnit) {
        return new TicketEvent(7, "household", "户口迁移 电话13812345678", kind,
                kind.equals(Kind.TRANSITION) ? TicketAction.ACCEPT : null, TicketState.ACCEPTED, actorId, "王警官",
                Instant.parse("2026-11-29T08:00:00Z"), alertUnit, 99, AUTHOR, null, null, unitCode, 3);
    }
}
