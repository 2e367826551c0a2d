package org.fengqiao.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fengqiao.board.api.Board;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.fengqiao.ticketing.api.EmergencyService;
import org.fengqiao.ticketing.api.FollowService;
import org.fengqiao.ticketing.api.Instruction;
import org.fengqiao.ticketing.api.StatsService;
import org.fengqiao.ticketing.api.SupervisionService;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketDetails;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.fengqiao.ticketing.api.TimelineVocabulary;
import org.fengqiao.ticketing.api.Transition;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** One ticket: its public timeline, replies, transitions and the author's rating. */
@Component(service = TicketResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("tickets/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    private final TicketService tickets;
    private final StatsService stats;
    private final FollowService follows;
    private final SupervisionService supervision;
    private final EmergencyService emergency;
    private final IdentityService identity;
    private final Authenticator auth;
    private final org.fengqiao.identity.api.AuditLog audit;
    private final TimelineVocabulary vocabulary;
    private final BoardRegistry boards;
    /** A ticket with its timeline takes a few KB: a few MB at most. */
    private final PublicPageCache publicViews = new PublicPageCache(512);

    @Activate
    public TicketResource(@Reference TicketService tickets, @Reference StatsService stats,
            @Reference FollowService follows,
            @Reference SupervisionService supervision, @Reference EmergencyService emergency,
            @Reference IdentityService identity, @Reference Authenticator auth,
            @Reference TimelineVocabulary vocabulary, @Reference org.fengqiao.identity.api.AuditLog audit,
            @Reference BoardRegistry boards) {
        this.audit = audit;
        this.boards = boards;
        this.tickets = tickets;
        this.vocabulary = vocabulary;
        this.stats = stats;
        this.follows = follows;
        this.supervision = supervision;
        this.emergency = emergency;
        this.identity = identity;
        this.auth = auth;
    }

    @GET
    public Response ticket(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null) {
            return Response.ok(details(id, authorization)).build();
        }
        // the public's view: kept as sent while nothing on it changed (stamp and boards read before the ticket is)
        PublicPageCache.Stamp stamp = new PublicPageCache.Stamp(tickets.changeCount(), identity.changeCount());
        Instant now = Instant.now();
        Optional<PublicPageCache.Kept> kept = publicViews.get(id, stamp, now)
                .filter(k -> boards.board(k.boardId()).orElse(null) == k.board());
        if (kept.isPresent()) {
            stats.countVisit(kept.get().boardId(), kept.get().unitCode());
            return Response.ok(kept.get().json(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        Map<String, Board> installed = boards.boards().stream().collect(Collectors.toMap(Board::id, b -> b));
        TicketDetails details = tickets.ticket(Requests.ticketId(id), null);
        Ticket ticket = details.ticket();
        stats.countVisit(ticket.boardId(), ticket.unitCode());
        byte[] json = PublicPageCache.json(new Views.People(identity, null).details(details, null, vocabulary));
        Board board = installed.get(ticket.boardId());
        if (board != null) {
            publicViews.put(id, stamp, PublicPageCache.validUntil(List.of(ticket.deadlines()), now),
                    new PublicPageCache.Kept(board.id(), board, ticket.unitCode(), json));
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Views.TicketWithTimeline details(String id, String authorization) {
        Account viewer = auth.optional(authorization).orElse(null);
        TicketDetails details = tickets.ticket(Requests.ticketId(id), viewer);
        stats.countVisit(details.ticket().boardId(), details.ticket().unitCode());
        // nobody anonymous may read how to reach a caller
        org.fengqiao.ticketing.api.Contact contact = viewer == null ? null
                : tickets.contact(details.ticket().id(), viewer).orElse(null);
        if (contact != null && viewer.id() != details.ticket().authorId()) {
            // a staff member reads a caller's contact: logged before it is shown
            audit.append(org.fengqiao.identity.api.AuditEntry.of(viewer, "personal_data.read", "ticket",
                    String.valueOf(details.ticket().id()), "contact"));
        }
        return new Views.People(identity, viewer).details(details, contact, vocabulary);
    }

    @POST
    @Path("replies")
    public Response reply(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Requests.Reply body) {
        Account actor = auth.require(authorization);
        long ticketId = Requests.ticketId(id);
        TimelineEntry entry = tickets.reply(ticketId, actor, Params.present(body).body());
        return Response.status(201).entity(Views.TimelineView.of(entry, vocabulary, new Views.People(identity, actor), true))
                .build();
    }

    @POST
    @Path("transitions")
    public Views.TicketView transition(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Requests.Transition body) {
        Account actor = auth.require(authorization);
        long ticketId = Requests.ticketId(id);
        Requests.Transition t = Params.present(body);
        return new Views.People(identity, actor).ticket(tickets.transition(ticketId, actor,
                new Transition(t.action(), t.version(), t.assigneeId(), t.reason())));
    }

    @POST
    @Path("rating")
    public Views.TicketView rate(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Requests.Rate body) {
        Account actor = auth.require(authorization);
        long ticketId = Requests.ticketId(id);
        Requests.Rate r = Params.present(body);
        return new Views.People(identity, actor).ticket(tickets.rate(ticketId, actor, r.score(), r.comment()));
    }

    @POST
    @Path("hide")
    public Views.TicketView hide(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Requests.Reason body) {
        Account actor = auth.require(authorization);
        long ticketId = Requests.ticketId(id);
        return new Views.People(identity, actor).ticket(tickets.hide(ticketId, actor,
                Params.present(body).reason()));
    }

    @POST
    @Path("flags")
    public Response flag(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Requests.Reason body) {
        Account actor = auth.require(authorization);
        long ticketId = Requests.ticketId(id);
        return Response.status(201).entity(tickets.flag(ticketId, actor, Params.present(body).reason())).build();
    }

    @POST
    @Path("supervise")
    public Views.TicketView supervise(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Requests.Note body) {
        Account leader = auth.require(authorization);
        long ticketId = Requests.ticketId(id);
        return new Views.People(identity, leader).ticket(supervision.supervise(ticketId, leader,
                body == null ? null : body.note()));
    }

    @POST
    @Path("instructions")
    public Response instruct(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Requests.Reply body) {
        Account leader = auth.require(authorization);
        long ticketId = Requests.ticketId(id);
        return Response.status(201).entity(supervision.instruct(ticketId, leader, Params.present(body).body()))
                .build();
    }

    @GET
    @Path("instructions")
    public List<Instruction> instructions(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        long ticketId = Requests.ticketId(id);
        tickets.ticket(ticketId, auth.optional(authorization).orElse(null));
        return supervision.instructions(ticketId);
    }

    @POST
    @Path("instructions/{instructionId}/acknowledge")
    public Instruction acknowledge(@PathParam("id") String id, @PathParam("instructionId") String instructionId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account staff = auth.require(authorization);
        long ticketId = Requests.ticketId(id);
        long instruction;
        try {
            instruction = Long.parseLong(instructionId);
        } catch (NumberFormatException e) {
            throw FengqiaoException.notFound("instruction_not_found", "no instruction " + instructionId);
        }
        return supervision.acknowledge(ticketId, instruction, staff);
    }

    @POST
    @Path("follow")
    public Response follow(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        follows.follow(Requests.ticketId(id), auth.require(authorization));
        return Response.noContent().build();
    }

    @DELETE
    @Path("follow")
    public Response unfollow(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        follows.unfollow(Requests.ticketId(id), auth.require(authorization));
        return Response.noContent().build();
    }

    @POST
    @Path("orders")
    public Views.TicketView order(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Requests.Order body) {
        Account leader = auth.require(authorization);
        long ticketId = Requests.ticketId(id);
        Requests.Order o = Params.present(body);
        return new Views.People(identity, leader).ticket(emergency.order(ticketId, leader, o.unit(), o.instruction()));
    }

    @POST
    @Path("statement")
    public Views.TicketView statement(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Requests.Reply body) {
        Account staff = auth.require(authorization);
        long ticketId = Requests.ticketId(id);
        return new Views.People(identity, staff).ticket(emergency.pinStatement(ticketId, staff,
                Params.present(body).body()));
    }
}
