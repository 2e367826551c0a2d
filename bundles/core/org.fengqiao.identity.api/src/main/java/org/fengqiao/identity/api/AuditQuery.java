package org.fengqiao.identity.api;

import java.time.Instant;

/** Which audit lines to read, newest first; every criterion may be {@code null}. */
public record AuditQuery(Long actorId, String subjectType, String subjectId, String action, Instant since,
        Instant until, int page, int size) {
}
