package org.fengqiao.rest.internal;

import java.util.Optional;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Resolves the {@code Authorization: Bearer <token>} header to the caller's account. */
@Component(service = Authenticator.class)
public class Authenticator {

    private static final String BEARER = "Bearer ";

    private final IdentityService identity;

    @Activate
    public Authenticator(@Reference IdentityService identity) {
        this.identity = identity;
    }

    /** The caller, or 401: {@code unauthorized} without a token, {@code invalid_token} for an unknown one. */
    public Account require(String authorization) {
        return optional(authorization).orElseThrow(() -> new FengqiaoException(ErrorKind.UNAUTHORIZED,
                "unauthorized", "log in first and send the token as 'Authorization: Bearer <token>'"));
    }

    /** The caller if a token was sent; a sent but unknown or expired token is still 401 {@code invalid_token}. */
    public Optional<Account> optional(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        if (!authorization.startsWith(BEARER)) {
            throw invalid();
        }
        return Optional.of(identity.authenticate(authorization.substring(BEARER.length()).strip())
                .orElseThrow(Authenticator::invalid));
    }

    private static FengqiaoException invalid() {
        return new FengqiaoException(ErrorKind.UNAUTHORIZED, "invalid_token",
                "the bearer token is unknown or expired; log in again");
    }
}
