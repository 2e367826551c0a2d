package org.fengqiao.rest.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.SessionInfo;
import org.fengqiao.identity.api.SessionService;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Logging out, one's own sessions and password, and an administrator ending a user's sessions. */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final String BEARER = "Bearer ";

    private final SessionService sessions;
    private final IdentityService identity;
    private final Authenticator auth;
    private final org.fengqiao.identity.api.AuditLog audit;

    @Activate
    public SessionResource(@Reference SessionService sessions, @Reference IdentityService identity,
            @Reference Authenticator auth, @Reference org.fengqiao.identity.api.AuditLog audit) {
        this.audit = audit;
        this.sessions = sessions;
        this.identity = identity;
        this.auth = auth;
    }

    @POST
    @Path("auth/logout")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.require(authorization);
        sessions.logout(token(authorization));
        return Response.noContent().build();
    }

    @GET
    @Path("me/sessions")
    public List<SessionInfo> mySessions(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account me = auth.require(authorization);
        return sessions.sessions(me.id(), token(authorization));
    }

    @DELETE
    @Path("me/sessions/{sessionId}")
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("sessionId") String sessionId) {
        Account me = auth.require(authorization);
        if (!sessions.revoke(me.id(), sessionId)) {
            throw FengqiaoException.notFound("session_not_found", "you have no live session " + sessionId);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("me/password")
    public Response changePassword(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Requests.PasswordChange body) {
        Account me = auth.require(authorization);
        Requests.PasswordChange change = Params.present(body);
        identity.changePassword(me.id(), change.currentPassword(), change.newPassword(), token(authorization));
        audit.append(org.fengqiao.identity.api.AuditEntry.of(me, "account.password_changed", "account",
                String.valueOf(me.id()), null));
        return Response.noContent().build();
    }

    @DELETE
    @Path("admin/accounts/{id}/sessions")
    public Map<String, Object> revokeAll(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        Account admin = auth.requireRole(authorization, Role.ADMIN);
        long accountId = Params.id(id, "account");
        if (identity.account(accountId).isEmpty()) {
            throw FengqiaoException.notFound("account_not_found", "no account " + id);
        }
        int revoked = sessions.revokeAll(accountId, null);
        audit.append(org.fengqiao.identity.api.AuditEntry.of(admin, "account.sessions_revoked", "account",
                String.valueOf(accountId), revoked + " sessions"));
        return Map.of("revoked", revoked);
    }

    private static String token(String authorization) {
        return authorization.substring(BEARER.length()).strip();
    }
}
