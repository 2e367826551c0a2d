package org.fengqiao.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Registration;
import org.fengqiao.identity.api.Session;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Registration, login and the caller's own account. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    record LoginView(String token, java.time.Instant expiresAt, Views.AccountView account) {
    }

    private final org.fengqiao.identity.api.AuditLog audit;
    private final IdentityService identity;
    private final Authenticator auth;
    private final AbuseLimits limits;

    @Activate
    public AuthResource(@Reference IdentityService identity, @Reference Authenticator auth,
            @Reference AbuseLimits limits, @Reference org.fengqiao.identity.api.AuditLog audit) {
        this.audit = audit;
        this.identity = identity;
        this.auth = auth;
        this.limits = limits;
    }

    @POST
    @Path("auth/register")
    public Response register(Requests.Register body, @Context HttpServletRequest request) {
        limits.beforeRegistration(request.getRemoteAddr());
        Requests.Register r = Params.present(body);
        var account = identity.register(new Registration(r.username(), r.password(), r.displayName(), r.phone()));
        audit.append(org.fengqiao.identity.api.AuditEntry.of(account, "account.registered", "account",
                String.valueOf(account.id()), null));
        return Response.status(201).entity(Views.AccountView.of(account, identity)).build();
    }

    @POST
    @Path("auth/login")
    public LoginView login(Requests.Login body, @Context HttpServletRequest request) {
        Requests.Login l = Params.present(body);
        limits.beforeLogin(l.username(), request.getRemoteAddr());
        Session session;
        try {
            session = identity.login(l.username(), l.password());
        } catch (FengqiaoException e) {
            if ("invalid_credentials".equals(e.code())) {
                limits.loginFailed(l.username());
            }
            throw e;
        }
        return new LoginView(session.token(), session.expiresAt(), Views.AccountView.of(session.account(), identity));
    }

    @GET
    @Path("me")
    public Views.AccountView me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Views.AccountView.of(auth.require(authorization), identity);
    }
}
