package org.fengqiao.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.ticketing.api.Page;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** A staff member's open work: posts addressed or assigned to them, or their unit's (P3). */
@Component(service = WorkQueueResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("me/queue")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    private final TicketService tickets;
    private final IdentityService identity;
    private final Authenticator auth;

    @Activate
    public WorkQueueResource(@Reference TicketService tickets, @Reference IdentityService identity,
            @Reference Authenticator auth) {
        this.tickets = tickets;
        this.identity = identity;
        this.auth = auth;
    }

    @GET
    public Views.PageView<Views.TicketView> queue(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("scope") String scope, @QueryParam("page") String page, @QueryParam("size") String size) {
        Account staff = auth.require(authorization);
        boolean unitWide;
        if (scope == null || scope.isBlank() || scope.equals("mine")) {
            unitWide = false;
        } else if (scope.equals("unit")) {
            unitWide = true;
        } else {
            throw FengqiaoException.invalid(List.of(new Problem("scope", "not_allowed", "scope is mine or unit")));
        }
        Page<Ticket> result = tickets.workQueue(staff, unitWide, Params.intParam("page", page, 0, 0, 1_000_000),
                Params.intParam("size", size, 20, 1, 100));
        return Views.PageView.of(result, new Views.People(identity, staff));
    }
}
