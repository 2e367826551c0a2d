package org.fengqiao.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.ApiKey;
import org.fengqiao.identity.api.ApiKeyService;
import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.identity.api.IssuedApiKey;
import org.fengqiao.identity.api.Role;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Administrators manage the API keys of other systems (Open311 clients, the 12345 hotline). */
@Component(service = ApiKeyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    record NewKey(String name, String clientName, String purpose) {
    }

    /** @param secret shown once, when the key is made */
    record IssuedView(ApiKey key, String secret) {
    }

    private final ApiKeyService keys;
    private final Authenticator auth;
    private final AuditLog audit;

    @Activate
    public ApiKeyResource(@Reference ApiKeyService keys, @Reference Authenticator auth, @Reference AuditLog audit) {
        this.keys = keys;
        this.auth = auth;
        this.audit = audit;
    }

    @GET
    public List<ApiKey> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("purpose") String purpose) {
        requireAdmin(authorization);
        return keys.list(purpose == null || purpose.isBlank() ? null : purpose.strip());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NewKey body) {
        Account admin = requireAdmin(authorization);
        NewKey k = Params.present(body);
        IssuedApiKey issued = keys.create(k.name(), k.clientName(), k.purpose());
        audit.append(AuditEntry.of(admin, "api_key.created", "api_key", String.valueOf(issued.key().id()),
                issued.key().purpose()));
        return Response.status(201).entity(new IssuedView(issued.key(), issued.secret())).build();
    }

    @POST
    @Path("{id}/revoke")
    public ApiKey revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        Account admin = requireAdmin(authorization);
        try {
            ApiKey revoked = keys.revoke(Long.parseLong(id));
            audit.append(AuditEntry.of(admin, "api_key.revoked", "api_key", id, null));
            return revoked;
        } catch (NumberFormatException e) {
            throw FengqiaoException.notFound("api_key_not_found", "no API key " + id);
        }
    }

    private Account requireAdmin(String authorization) {
        Account caller = auth.require(authorization);
        if (!caller.hasRole(Role.ADMIN)) {
            throw FengqiaoException.forbidden("only administrators manage API keys");
        }
        return caller;
    }
}
