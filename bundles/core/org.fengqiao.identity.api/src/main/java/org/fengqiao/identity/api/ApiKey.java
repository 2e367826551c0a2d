package org.fengqiao.identity.api;

import java.time.Instant;

/**
 * A key another system (an Open311 client, the 12345 hotline) presents instead of a login. Only its hash is stored.
 *
 * @param name the client's code, e.g. {@code hotline-12345}
 * @param purpose what the key opens, e.g. {@code open311} or {@code hotline}
 * @param accountId the client's own account: requests it makes are posted in its name
 * @param revokedAt {@code null} while the key works
 */
public record ApiKey(long id, String name, String purpose, long accountId, String clientName, Instant createdAt,
        Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
