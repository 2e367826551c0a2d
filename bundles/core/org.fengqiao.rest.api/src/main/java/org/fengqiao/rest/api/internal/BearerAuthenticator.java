package org.fengqiao.rest.api.internal;

import java.util.Arrays;
import java.util.Optional;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.rest.api.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Bearer tokens resolved by the identity service. */
@Component(service = Authenticator.class)
public class BearerAuthenticator implements Authenticator {

    private static final String BEARER = "Bearer ";

    private final IdentityService identity;

    @Activate
    public BearerAuthenticator(@Reference IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Account require(String authorization) {
        return optional(authorization).orElseThrow(() -> new FengqiaoException(ErrorKind.UNAUTHORIZED,
                "unauthorized", "log in first and send the token as 'Authorization: Bearer <token>'"));
    }

    @Override
    public Optional<Account> optional(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        if (!authorization.startsWith(BEARER)) {
            throw invalid();
        }
        return Optional.of(identity.authenticate(authorization.substring(BEARER.length()).strip())
                .orElseThrow(BearerAuthenticator::invalid));
    }

    @Override
    public Account requireStaff(String authorization) {
        Account caller = require(authorization);
        if (!caller.isStaff()) {
            throw FengqiaoException.forbidden("only staff may do this");
        }
        return caller;
    }

    @Override
    public Account requireRole(String authorization, Role... anyOf) {
        Account caller = require(authorization);
        if (Arrays.stream(anyOf).noneMatch(caller::hasRole)) {
            throw FengqiaoException.forbidden("this needs one of the roles " + Arrays.stream(anyOf).map(Role::code)
                    .toList());
        }
        return caller;
    }

    private static FengqiaoException invalid() {
        return new FengqiaoException(ErrorKind.UNAUTHORIZED, "invalid_token",
                "the bearer token is unknown or expired; log in again");
    }
}
