package org.fengqiao.identity.api;

import java.time.Instant;

/**
 * A live login as its owner sees it. The id names the session for revoking it; it cannot be used to authenticate.
 *
 * @param current whether this is the session of the request that asked
 */
public record SessionInfo(String id, Instant createdAt, Instant expiresAt, boolean current) {
}
