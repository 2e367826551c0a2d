package org.fengqiao.rest.api;

import java.util.Optional;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;

/** Resolves the {@code Authorization: Bearer <token>} header to the caller's account, and checks roles. */
public interface Authenticator {

    /** The caller, or 401: {@code unauthorized} without a token, {@code invalid_token} for an unknown one. */
    Account require(String authorization);

    /** The caller if a token was sent; a sent but unknown or expired token is still 401 {@code invalid_token}. */
    Optional<Account> optional(String authorization);

    /** The caller if they are staff, else 403 {@code forbidden} (401 without a valid token). */
    Account requireStaff(String authorization);

    /** The caller if they hold one of the roles, else 403 {@code forbidden} (401 without a valid token). */
    Account requireRole(String authorization, Role... anyOf);
}
