package org.fengqiao.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

import org.fengqiao.board.api.Board;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.fengqiao.ticketing.api.NewTicket;
import org.fengqiao.ticketing.api.Page;
import org.fengqiao.ticketing.api.StatsService;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.TicketState;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;


/** Installed boards, their public ticket lists, and posting. */
@Component(service = BoardResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardResource {

    private final BoardRegistry boards;
    private final TicketService tickets;
    private final StatsService stats;
    private final IdentityService identity;
    private final Authenticator auth;
    private final AbuseLimits limits;
    /** Pages of 20 take about 20 KB: a few MB at most. */
    private final PublicPageCache publicPages = new PublicPageCache(256);

    @Activate
    public BoardResource(@Reference BoardRegistry boards, @Reference TicketService tickets,
            @Reference StatsService stats, @Reference IdentityService identity, @Reference Authenticator auth,
            @Reference AbuseLimits limits) {
        this.limits = limits;
        this.boards = boards;
        this.tickets = tickets;
        this.stats = stats;
        this.identity = identity;
        this.auth = auth;
    }

    @GET
    public List<Views.BoardView> boards() {
        return boards.boards().stream().flatMap(b -> boards.registration(b.id()).stream()).map(Views.BoardView::of)
                .toList();
    }

    @GET
    @Path("{boardId}")
    public Views.BoardView board(@PathParam("boardId") String boardId) {
        return boards.registration(boardId).map(Views.BoardView::of).orElseThrow(() -> FengqiaoException
                .notFound("board_not_installed", "no board '" + boardId + "' is installed"));
    }

    @GET
    @Path("{boardId}/tickets")
    public Response tickets(@PathParam("boardId") String boardId, @QueryParam("state") String state,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("after") String after,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Optional<Board> board = boards.board(boardId);
        if (authorization != null || board.isEmpty()) {
            return Response.ok(page(boardId, state, page, size, after, authorization)).build();
        }
        // the public's pages: kept as sent while nothing on them changed (stamp and board read before the page)
        PublicPageCache.Stamp stamp = new PublicPageCache.Stamp(tickets.changeCount(), identity.changeCount());
        PageKey key = new PageKey(boardId, state, page, after, size);
        Instant now = Instant.now();
        Optional<PublicPageCache.Kept> kept = publicPages.get(key, stamp, now).filter(k -> k.board() == board.get());
        if (kept.isPresent()) {
            stats.countVisit(boardId, null);
            return Response.ok(kept.get().json(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        Views.PageView<Views.TicketView> built = page(boardId, state, page, size, after, null);
        byte[] json = PublicPageCache.json(built);
        publicPages.put(key, stamp, PublicPageCache.validUntil(built.items().stream()
                .map(Views.TicketView::deadlines).toList(), now), new PublicPageCache.Kept(boardId, board.get(), null, json));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A board page as asked. */
    private record PageKey(String boardId, String state, String page, String after, String size) {
    }

    private Views.PageView<Views.TicketView> page(String boardId, String state, String page, String size,
            String after, String authorization) {
        Account viewer = auth.optional(authorization).orElse(null);
        TicketState parsed = null;
        if (state != null && !state.isBlank()) {
            parsed = TicketState.fromCode(state).orElseThrow(() -> FengqiaoException.invalid(List.of(
                    new Problem("state", "unknown_state", "'" + state + "' is not a ticket state"))));
        }
        int pageSize = Params.intParam("size", size, 20, 1, 100);
        Page<Ticket> result;
        if (after != null && !after.isBlank()) {
            if (page != null && !page.isBlank()) {
                throw FengqiaoException.invalid(List.of(new Problem("after", "conflicting_parameters",
                        "give either page or after, not both")));
            }
            result = tickets.listAfter(boardId, parsed, after.strip(), pageSize, viewer);
        } else {
            result = tickets.list(boardId, parsed, Params.intParam("page", page, 0, 0, 1_000_000), pageSize, viewer);
        }
        stats.countVisit(boardId, null);
        return Views.PageView.of(result, new Views.People(identity, viewer));
    }

    @POST
    @Path("{boardId}/tickets")
    public Response post(@PathParam("boardId") String boardId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Requests.PostTicket body) {
        Account author = auth.require(authorization);
        limits.beforeNewTicket(author.id());
        Requests.PostTicket p = Params.present(body);
        Ticket ticket = tickets.submit(author, new NewTicket(boardId, p.category(), p.title(), p.body(), p.fields(),
                p.addresseeId()));
        return Response.status(201).entity(new Views.People(identity, author).ticket(ticket)).build();
    }
}
