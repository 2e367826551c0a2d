package org.fengqiao.captain.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
import org.fengqiao.identity.api.Role;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Standard addresses (一标) and what lives at them (三实). Names of addresses down to buildings are public; doors and
 * the people, housing and businesses at them are personal data for the building's captain and the police of its
 * community and precinct, each read audited.
 */
@Component(service = AddressResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + AddressApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AddressResource {

    record AddressView(String code, String level, String name, String fullName, String unitCode) {
        static AddressView of(AddressEntity a) {
            return new AddressView(a.code(), a.level().code(), a.name(), a.fullName(), a.unitCode());
        }
    }

    record Node(AddressView address, List<AddressView> children) {
    }

    record BusinessBody(String name, String kind, String licenceNumber, String contactName, String contactPhone) {
    }

    private final AddressBook addresses;
    private final AreaAccess area;
    private final CaptainDatabase db;
    private final Authenticator auth;

    @Activate
    public AddressResource(@Reference AddressBook addresses, @Reference AreaAccess area, @Reference CaptainDatabase db,
            @Reference Authenticator auth) {
        this.addresses = addresses;
        this.area = area;
        this.db = db;
        this.auth = auth;
    }

    @GET
    public List<AddressView> search(@QueryParam("q") String q, @QueryParam("size") String size) {
        if (q == null || q.strip().length() < 2) {
            throw FengqiaoException.invalid(List.of(new Problem("q", "required", "q: at least two characters")));
        }
        return addresses.search(q, false, Params.intParam("size", size, 20, 1, 100)).stream().map(AddressView::of)
                .toList();
    }

    @POST
    @Path("import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    public AddressBook.Imported importCsv(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InputStream csv) {
        Account admin = auth.requireRole(authorization, Role.ADMIN);
        return addresses.importCsv(admin, new InputStreamReader(csv, StandardCharsets.UTF_8));
    }

    @GET
    @Path("{code}")
    public Node address(@PathParam("code") String code, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        AddressEntity a = addresses.address(code);
        boolean doorsVisible = a.level().compareTo(AddressLevel.BUILDING) < 0 || auth.optional(authorization)
                .filter(Account::isStaff).isPresent();
        if (a.level() == AddressLevel.DOOR && !doorsVisible) {
            throw FengqiaoException.notFound("address_not_found", "no standard address '" + code + "'");
        }
        return new Node(AddressView.of(a), doorsVisible ? addresses.children(code).stream().map(AddressView::of)
                .toList() : List.of());
    }

    /** Who lives at a building, entrance or door, with housing and businesses: personal data, audited. */
    @GET
    @Path("{code}/households")
    public List<Population.Household> households(@PathParam("code") String code,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account viewer = auth.require(authorization);
        return db.read(em -> {
            AddressEntity a = AddressBook.require(em, code);
            if (!a.level().atOrBelowBuilding()) {
                throw FengqiaoException.invalid(List.of(new Problem("code", "not_a_building", "households are read"
                        + " per building, entrance or door")));
            }
            area.requireRead(em, viewer, a, "households");
            return Population.households(em, a);
        });
    }

    @POST
    @Path("{code}/businesses")
    public Response addBusiness(@PathParam("code") String code,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, BusinessBody body) {
        Account by = auth.require(authorization);
        BusinessBody b = Params.present(body);
        boolean allowed = by.hasRole(Role.ADMIN) || db.read(em -> area.mayRead(em, by, AddressBook.require(em, code)));
        if (!allowed) {
            throw FengqiaoException.forbidden("businesses are registered by the captain and police of the area");
        }
        BusinessEntity added = addresses.addBusiness(by, code, b.name(), b.kind(), b.licenceNumber(), b.contactName(),
                b.contactPhone());
        return Response.status(201).entity(Population.business(added)).build();
    }
}
