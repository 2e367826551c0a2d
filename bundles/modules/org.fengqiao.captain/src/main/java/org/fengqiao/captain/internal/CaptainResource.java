package org.fengqiao.captain.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.fengqiao.rest.api.UnitRef;
import org.fengqiao.ticketing.api.NewTicket;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Captains' public cards, finding one's captain by address, requests and ratings, reviews (B1, B5). */
@Component(service = CaptainResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + CaptainApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaptainResource {

    record Appointment(Long accountId, List<String> buildings) {
    }

    record Buildings(List<String> buildings) {
    }

    record CardBody(String phone, String qrCodeUrl, String photoUrl) {
    }

    record RequestBody(String board, String category, String title, String body, Map<String, Object> fields) {
    }

    record RatingBody(Integer score, String comment) {
    }

    record CardView(long id, String name, UnitRef unit, String title, String phone, String qrCodeUrl, String photoUrl,
            List<Captains.Building> buildings) {
    }

    record RequestView(long id, String boardId, String category, String title, String state, long addresseeId,
            int version) {
        static RequestView of(Ticket t) {
            return new RequestView(t.id(), t.boardId(), t.category(), t.title(), t.state().code(), t.addresseeId(),
                    t.version());
        }
    }

    record ReviewView(long captainId, String name, String month, Map<String, Long> records, long visits,
            long requestsResolved, long requestsResolvedInTime, double averageRating, long ratings,
            Map<String, Long> points, long totalPoints, int rank, int captainsInPrecinct, UnitRef precinct) {
    }

    private final Captains captains;
    private final AddressBook addresses;
    private final Assessment assessment;
    private final TicketService tickets;
    private final CaptainSettings settings;
    private final IdentityService identity;
    private final Authenticator auth;

    @Activate
    public CaptainResource(@Reference Captains captains, @Reference AddressBook addresses,
            @Reference Assessment assessment, @Reference TicketService tickets, @Reference CaptainSettings settings,
            @Reference IdentityService identity, @Reference Authenticator auth) {
        this.captains = captains;
        this.addresses = addresses;
        this.assessment = assessment;
        this.tickets = tickets;
        this.settings = settings;
        this.identity = identity;
        this.auth = auth;
    }

    @GET
    public List<CardView> find(@QueryParam("address") String address) {
        if (address == null || address.strip().length() < 2) {
            throw FengqiaoException.invalid(List.of(new Problem("address", "required",
                    "address: at least two characters of a building's address, e.g. 少先路29号院 3栋")));
        }
        return captains.findByAddress(address, addresses.search(address, false, 50)).stream().map(this::view)
                .toList();
    }

    @POST
    public Response appoint(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Appointment body) {
        Account by = auth.requireStaff(authorization);
        Appointment a = Params.present(body);
        if (a.accountId() == null || a.buildings() == null || a.buildings().isEmpty()) {
            throw FengqiaoException.invalid(List.of(new Problem(a.accountId() == null ? "accountId" : "buildings",
                    "required", "accountId and at least one building code are required")));
        }
        return Response.status(201).entity(view(captains.appoint(by, a.accountId(), a.buildings()))).build();
    }

    @GET
    @Path("ranking")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    public Response ranking(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("precinct") String precinct, @QueryParam("month") String month,
            @QueryParam("format") String format) {
        Account viewer = auth.requireStaff(authorization);
        if (precinct == null || precinct.isBlank()) {
            throw FengqiaoException.invalid(List.of(new Problem("precinct", "required", "precinct is a unit code")));
        }
        List<Assessment.Review> ranking = assessment.ranking(viewer, precinct.strip(),
                Assessment.month(month, assessment.zone()));
        if ("csv".equals(format)) {
            return Response.ok(assessment.csv(ranking), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"captains-" + precinct.strip() + "-"
                            + Assessment.month(month, assessment.zone()) + ".csv\"").build();
        }
        return Response.ok(ranking.stream().map(this::view).toList(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}")
    public CardView card(@PathParam("id") String id) {
        return view(captains.card(Params.id(id, "captain")));
    }

    @PUT
    @Path("{id}/card")
    public CardView updateCard(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            CardBody body) {
        Account by = auth.require(authorization);
        CardBody c = Params.present(body);
        return view(captains.updateCard(by, Params.id(id, "captain"), c.phone(), c.qrCodeUrl(), c.photoUrl()));
    }

    @PUT
    @Path("{id}/buildings")
    public CardView buildings(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Buildings body) {
        Account by = auth.requireStaff(authorization);
        Buildings b = Params.present(body);
        long captainId = Params.id(id, "captain");
        captains.card(captainId);
        return view(captains.appoint(by, captainId, b.buildings() == null ? List.of() : b.buildings()));
    }

    /** A citizen raises a request with their captain: a ticket addressed to the captain. */
    @POST
    @Path("{id}/requests")
    public Response request(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            RequestBody body) {
        Account author = auth.require(authorization);
        RequestBody r = Params.present(body);
        long captainId = captains.card(Params.id(id, "captain")).id();
        CaptainSettings.Snapshot s = settings.get();
        String board = r.board() == null || r.board().isBlank() ? s.requestBoard() : r.board();
        String category = r.category() == null || r.category().isBlank() ? s.requestCategory() : r.category();
        Ticket ticket = tickets.submit(author, new NewTicket(board, category, r.title(), r.body(), r.fields(),
                captainId));
        return Response.status(201).entity(RequestView.of(ticket)).build();
    }

    @POST
    @Path("{id}/ratings")
    public Response rate(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            RatingBody body) {
        Account resident = auth.require(authorization);
        RatingBody r = Params.present(body);
        return Response.status(201).entity(assessment.rate(resident, Params.id(id, "captain"), r.score(), r.comment()))
                .build();
    }

    @GET
    @Path("{id}/review")
    public ReviewView review(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("month") String month) {
        Account viewer = auth.require(authorization);
        return view(assessment.review(viewer, Params.id(id, "captain"), Assessment.month(month, assessment.zone())));
    }

    private CardView view(Captains.Card c) {
        return new CardView(c.id(), c.name(), UnitRef.of(c.unitCode(), identity), c.title(), c.phone(), c.qrCodeUrl(),
                c.photoUrl(), c.buildings());
    }

    private ReviewView view(Assessment.Review r) {
        return new ReviewView(r.captainId(), r.name(), r.month(), r.records(), r.visits(), r.requestsResolved(),
                r.requestsResolvedInTime(), r.averageRating(), r.ratings(), r.points(), r.totalPoints(), r.rank(),
                r.captainsInPrecinct(), UnitRef.of(r.precinct(), identity));
    }
}
