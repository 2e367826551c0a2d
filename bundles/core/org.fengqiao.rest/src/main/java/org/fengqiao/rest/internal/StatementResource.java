package org.fengqiao.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.fengqiao.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The latest official statements on public boards, which the portal pins to its front page (P9). */
@Component(service = StatementResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    private final TicketService tickets;
    private final IdentityService identity;
    private final Authenticator auth;

    @Activate
    public StatementResource(@Reference TicketService tickets, @Reference IdentityService identity,
            @Reference Authenticator auth) {
        this.tickets = tickets;
        this.identity = identity;
        this.auth = auth;
    }

    @GET
    public List<Views.TicketView> latest(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("size") String size) {
        Views.People people = new Views.People(identity, auth.optional(authorization).orElse(null));
        return tickets.latestStatements(Params.intParam("size", size, 5, 1, 20)).stream().map(people::ticket).toList();
    }
}
