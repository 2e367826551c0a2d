package org.fengqiao.identity.api;

import java.util.List;
import java.util.Optional;

/**
 * API keys of other systems, managed by administrators. Errors are {@code FengqiaoException}s:
 * {@code validation_failed} (400), {@code api_key_not_found} (404).
 */
public interface ApiKeyService {

    /**
     * A new key for client {@code name}; the client's account (no password, cannot log in) is created with
     * {@code clientName} as its display name on its first key, and reused for later keys.
     */
    IssuedApiKey create(String name, String clientName, String purpose);

    /** Every key, newest first; {@code purpose} {@code null} for all. */
    List<ApiKey> list(String purpose);

    ApiKey revoke(long id);

    /** The active key with this secret and purpose. */
    Optional<ApiKey> authenticate(String secret, String purpose);
}
