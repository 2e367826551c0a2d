package org.fengqiao.identity.api;

/** A key just made: {@code secret} is shown this once and never stored. */
public record IssuedApiKey(ApiKey key, String secret) {
}
