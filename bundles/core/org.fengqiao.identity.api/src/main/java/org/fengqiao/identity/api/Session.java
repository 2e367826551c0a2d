package org.fengqiao.identity.api;

import java.time.Instant;

/** A login: the bearer token is shown once, only its hash is stored. */
public record Session(String token, Instant expiresAt, Account account) {
}
