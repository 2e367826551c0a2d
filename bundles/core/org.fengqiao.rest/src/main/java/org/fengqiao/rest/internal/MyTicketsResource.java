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

/** The caller's own posts ("my posts"), in every state. */
@Component(service = MyTicketsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("me/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class MyTicketsResource {

    private final TicketService tickets;
    private final IdentityService identity;
    private final Authenticator auth;

    @Activate
    public MyTicketsResource(@Reference TicketService tickets, @Reference IdentityService identity,
            @Reference Authenticator auth) {
        this.tickets = tickets;
        this.identity = identity;
        this.auth = auth;
    }

    @GET
    public Views.PageView<Views.TicketView> mine(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Account author = auth.require(authorization);
        Page<Ticket> result = tickets.authoredBy(author, Params.intParam("page", page, 0, 0, 1_000_000),
                Params.intParam("size", size, 20, 1, 100));
        return Views.PageView.of(result, new Views.People(identity, author));
    }
}
