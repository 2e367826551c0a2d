package org.fengqiao.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.fengqiao.ticketing.api.Flag;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Citizens' reports of posts, as they reach moderating staff (P2). */
@Component(service = FlagResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    private final TicketService tickets;
    private final Authenticator auth;

    @Activate
    public FlagResource(@Reference TicketService tickets, @Reference Authenticator auth) {
        this.tickets = tickets;
        this.auth = auth;
    }

    @GET
    public List<Flag> openFlags(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return tickets.openFlags(auth.require(authorization));
    }
}
