package org.fengqiao.captain.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.fengqiao.rest.api.UnitRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Early-warning alerts (B3) for precinct staff and leaders. */
@Component(service = AlertResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + AlertApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertResource {

    record Person(long id, String name) {
    }

    record AlertView(long id, String rule, String recordId, Long ticketId, UnitRef unit, Person captain,
            String message, Instant raisedAt, Person acknowledgedBy, Instant acknowledgedAt) {
    }

    private final EarlyWarning warning;
    private final IdentityService identity;
    private final Authenticator auth;

    @Activate
    public AlertResource(@Reference EarlyWarning warning, @Reference IdentityService identity,
            @Reference Authenticator auth) {
        this.warning = warning;
        this.identity = identity;
        this.auth = auth;
    }

    @GET
    public List<AlertView> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("open") String open, @QueryParam("page") String page, @QueryParam("size") String size) {
        Account viewer = auth.requireStaff(authorization);
        List<EarlyWarning.Alert> alerts = warning.list(viewer, "true".equals(open),
                Params.intParam("page", page, 0, 0, 1_000_000), Params.intParam("size", size, 20, 1, 100));
        Map<Long, Account> people = identity.accounts(alerts.stream().flatMap(a -> java.util.stream.Stream.of(
                a.captainId(), a.acknowledgedBy())).filter(java.util.Objects::nonNull).distinct().toList());
        return alerts.stream().map(a -> view(a, people)).toList();
    }

    @POST
    @Path("{id}/ack")
    public AlertView acknowledge(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account viewer = auth.requireStaff(authorization);
        EarlyWarning.Alert a = warning.acknowledge(viewer, Params.id(id, "alert"));
        return view(a, identity.accounts(java.util.stream.Stream.of(a.captainId(), a.acknowledgedBy())
                .filter(java.util.Objects::nonNull).distinct().toList()));
    }

    private AlertView view(EarlyWarning.Alert a, Map<Long, Account> people) {
        return new AlertView(a.id(), a.rule(), a.recordId(), a.ticketId(), UnitRef.of(a.unitCode(), identity),
                person(a.captainId(), people), a.message(), a.raisedAt(),
                a.acknowledgedBy() == null ? null : person(a.acknowledgedBy(), people), a.acknowledgedAt());
    }

    private static Person person(long id, Map<Long, Account> people) {
        Account a = people.get(id);
        return new Person(id, a == null ? "#" + id : a.publicName());
    }
}
