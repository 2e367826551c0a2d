package org.fengqiao.web.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.identity.api.Role;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.web.internal.CityFeatures.CityFeature;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Administrators list, install and uninstall the city's boards and modules; every change is audited. */
@Component(service = FeatureResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + ModulesApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class FeatureResource {

    private final CityFeatures features;
    private final Authenticator auth;
    private final AuditLog audit;

    @Activate
    public FeatureResource(@Reference CityFeatures features, @Reference Authenticator auth,
            @Reference AuditLog audit) {
        this.features = features;
        this.auth = auth;
        this.audit = audit;
    }

    @GET
    public List<CityFeature> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.requireRole(authorization, Role.ADMIN);
        return features.list();
    }

    @POST
    @Path("{name}/install")
    public CityFeature install(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("name") String name) {
        return set(authorization, name, true);
    }

    @POST
    @Path("{name}/uninstall")
    public CityFeature uninstall(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("name") String name) {
        return set(authorization, name, false);
    }

    /** Every change is an audit line; asking for the state a feature is already in changes nothing and logs nothing. */
    private CityFeature set(String authorization, String name, boolean install) {
        Account admin = auth.requireRole(authorization, Role.ADMIN);
        CityFeatures.Outcome outcome = features.set(name, install);
        if (outcome.changed()) {
            audit.append(AuditEntry.of(admin, install ? "feature.installed" : "feature.uninstalled", "feature", name,
                    outcome.feature().version()));
        }
        return outcome.feature();
    }
}
