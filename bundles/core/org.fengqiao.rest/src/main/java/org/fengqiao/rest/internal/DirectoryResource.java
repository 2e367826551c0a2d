package org.fengqiao.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.identity.api.StaffQuery;
import org.fengqiao.identity.api.StaffRegistration;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The public organisation tree and the real-name staff directory (P3); administrators add staff. */
@Component(service = DirectoryResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    private final IdentityService identity;
    private final Authenticator auth;
    private final org.fengqiao.identity.api.AuditLog audit;

    @Activate
    public DirectoryResource(@Reference IdentityService identity, @Reference Authenticator auth,
            @Reference org.fengqiao.identity.api.AuditLog audit) {
        this.identity = identity;
        this.auth = auth;
        this.audit = audit;
    }

    @GET
    @Path("units")
    public List<Views.UnitView> units() {
        return Views.UnitView.tree(identity.units(), null);
    }

    @GET
    @Path("staff")
    public List<Views.StaffView> staff(@QueryParam("q") String q, @QueryParam("unit") String unit,
            @QueryParam("role") String role, @QueryParam("page") String page, @QueryParam("size") String size) {
        Role parsedRole = null;
        if (role != null && !role.isBlank()) {
            parsedRole = Role.fromCode(role).filter(Role::isStaff).orElseThrow(() -> FengqiaoException.invalid(
                    List.of(new Problem("role", "unknown_role", "'" + role + "' is not a staff role"))));
        }
        if (unit != null && !unit.isBlank() && identity.unit(unit).isEmpty()) {
            throw FengqiaoException.invalid(List.of(new Problem("unit", "unknown_unit", "no unit '" + unit + "'")));
        }
        int p = Params.intParam("page", page, 0, 0, 100_000);
        int s = Params.intParam("size", size, 50, 1, 200);
        var found = identity.staffDirectory(new StaffQuery(q, unit == null || unit.isBlank() ? null : unit,
                parsedRole, p, s));
        return found.stream().map(a -> Views.StaffView.of(a, identity)).toList();
    }

    @POST
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createStaff(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Requests.NewStaff body) {
        Account caller = auth.require(authorization);
        if (!caller.hasRole(Role.ADMIN)) {
            throw FengqiaoException.forbidden("only administrators create staff accounts");
        }
        Requests.NewStaff s = Params.present(body);
        java.util.Set<Role> roles = new java.util.HashSet<>();
        java.util.List<Problem> unknown = new java.util.ArrayList<>();
        for (String code : s.roles() == null ? java.util.List.<String>of() : s.roles()) {
            Role.fromCode(code).ifPresentOrElse(roles::add,
                    () -> unknown.add(new Problem("roles", "unknown_role", "'" + code + "' is not a role")));
        }
        if (!unknown.isEmpty()) {
            throw FengqiaoException.invalid(unknown);
        }
        Account created = identity.createStaff(new StaffRegistration(s.username(), s.password(),
                new StaffProfile(s.fullName(), s.staffNumber(), s.unit(), s.title(), s.publicPhone()), roles));
        audit.append(org.fengqiao.identity.api.AuditEntry.of(caller, "account.staff_created", "account",
                String.valueOf(created.id()), created.staff().unitCode() + " " + roles));
        return Response.status(201).entity(Views.AccountView.of(created, identity)).build();
    }
}
