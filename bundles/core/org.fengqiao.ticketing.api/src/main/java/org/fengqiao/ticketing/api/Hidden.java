package org.fengqiao.ticketing.api;

import java.time.Instant;

/** A post hidden by staff because it breaks the law: the public sees the reason in its place. */
public record Hidden(String reason, long byId, Instant at) {
}
