package org.fengqiao.ticketing.api;

import java.time.Instant;

/** A leader put the ticket under supervision (督办, P6). */
public record Supervision(long leaderId, Instant at) {
}
