package org.fengqiao.cogovernance.internal;

import java.time.Instant;
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
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Hand-offs (F2): made by team members, answered by the receiving role's holders or the department's staff. */
@Component(service = HandoffResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + HandoffApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoffResource {

    record Answer(Integer version, String reason, String note, String toRole, String toLinkage, Instant acceptBy) {
    }

    private final Handoffs handoffs;
    private final Views views;
    private final Authenticator auth;

    @Activate
    public HandoffResource(@Reference Handoffs handoffs, @Reference Views views, @Reference Authenticator auth) {
        this.handoffs = handoffs;
        this.views = views;
        this.auth = auth;
    }

    @POST
    public Response handOff(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NewHandoff body) {
        Account sender = auth.require(authorization);
        return Response.status(201).entity(views.handoff(handoffs.handOff(sender, Params.present(body)))).build();
    }

    @GET
    public List<Views.HandoffView> ofTicket(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("ticketId") String ticketId) {
        Account viewer = auth.optional(authorization).orElse(null);
        if (ticketId == null || ticketId.isBlank()) {
            throw FengqiaoException.invalid(List.of(new Problem("ticketId", "required",
                    "name the ticket: ?ticketId=N (a team's hand-offs are in /teams/{id}/queue)")));
        }
        return views.handoffs(handoffs.ofTicket(Params.id(ticketId, "ticket"), viewer));
    }

    @GET
    @Path("{id}")
    public Views.HandoffView handoff(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account viewer = auth.optional(authorization).orElse(null);
        return views.handoff(handoffs.handoff(Params.id(id, "handoff"), viewer));
    }

    @POST
    @Path("{id}/accept")
    public Views.HandoffView accept(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Answer body) {
        Account actor = auth.require(authorization);
        return views.handoff(handoffs.accept(actor, Params.id(id, "handoff"), version(body)));
    }

    @POST
    @Path("{id}/decline")
    public Views.HandoffView decline(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Answer body) {
        Account actor = auth.require(authorization);
        return views.handoff(handoffs.decline(actor, Params.id(id, "handoff"), version(body), body.reason()));
    }

    /** Answers 201 with the new hand-off; the old one is {@code forwarded}. */
    @POST
    @Path("{id}/forward")
    public Response forward(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Answer body) {
        Account actor = auth.require(authorization);
        int version = version(body);
        return Response.status(201).entity(views.handoff(handoffs.forward(actor, Params.id(id, "handoff"), version,
                body.toRole(), body.toLinkage(), body.reason(), body.acceptBy()))).build();
    }

    @POST
    @Path("{id}/done")
    public Views.HandoffView done(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Answer body) {
        Account actor = auth.require(authorization);
        return views.handoff(handoffs.done(actor, Params.id(id, "handoff"), version(body), body.note()));
    }

    private static int version(Answer body) {
        Params.present(body);
        if (body.version() == null) {
            throw FengqiaoException.invalid(List.of(new Problem("version", "required",
                    "name the hand-off's version (from its last answer)")));
        }
        return body.version();
    }
}
