package org.fengqiao.ticketing.api;

import java.time.Instant;

/** A citizen's report that a post breaks the law or the rules; it reaches staff, not the public. */
public record Flag(long id, long ticketId, long reporterId, String reason, Instant createdAt) {
}
