package org.fengqiao.ticketing.api;

import java.time.Instant;

/** An official statement pinned on a post to answer a rumour; it shows first (P10). */
public record Statement(String body, long byId, Instant at) {
}
