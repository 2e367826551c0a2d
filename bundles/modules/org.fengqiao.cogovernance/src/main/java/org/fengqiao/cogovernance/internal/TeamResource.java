package org.fengqiao.cogovernance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Teams (F1), their queues (F2) and figures. */
@Component(service = TeamResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + TeamApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    record NewTeam(String community, String grid, String name) {
    }

    record RoleAssignment(Long memberId, List<Long> substitutes, String contact, Integer version) {
    }

    record FiguresView(long teamId, Instant from, Instant to, HandoffFiguresView handoffs,
            TeamFigures.MeetingFigures meetings, TeamFigures.ActionFigures actions) {
    }

    record HandoffFiguresView(int made, int accepted, int declined, int forwarded, int done, int overdue,
            String medianToAccept, Long medianToAcceptSeconds, String medianToSolve, Long medianToSolveSeconds) {
    }

    private final Teams teams;
    private final Handoffs handoffs;
    private final Meetings meetings;
    private final TeamFigures figures;
    private final Views views;
    private final IdentityService identity;
    private final Authenticator auth;

    @Activate
    public TeamResource(@Reference Teams teams, @Reference Handoffs handoffs, @Reference Meetings meetings,
            @Reference TeamFigures figures, @Reference Views views, @Reference IdentityService identity,
            @Reference Authenticator auth) {
        this.teams = teams;
        this.handoffs = handoffs;
        this.meetings = meetings;
        this.figures = figures;
        this.views = views;
        this.identity = identity;
        this.auth = auth;
    }

    @GET
    public List<Views.TeamView> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("community") String community) {
        boolean staff = auth.optional(authorization).map(Account::isStaff).orElse(false);
        if (community == null || community.isBlank()) {
            throw FengqiaoException.invalid(List.of(new Problem("community", "required",
                    "name the community by its unit code: ?community=CODE")));
        }
        if (identity.unit(community.strip()).isEmpty()) {
            throw FengqiaoException.notFound("community_not_found", "no unit has code " + community);
        }
        return teams.ofCommunity(community.strip()).stream().map(t -> views.team(t, staff)).toList();
    }

    @POST
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NewTeam body) {
        Account by = auth.requireStaff(authorization);
        NewTeam t = Params.present(body);
        return Response.status(201).entity(views.team(teams.create(by, t.community(), t.grid(), t.name()), true))
                .build();
    }

    @GET
    @Path("{id}")
    public Views.TeamView team(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        boolean staff = auth.optional(authorization).map(Account::isStaff).orElse(false);
        return views.team(teams.team(Params.id(id, "team")), staff);
    }

    @PUT
    @Path("{id}/roles/{role}")
    public Views.TeamView assign(@PathParam("id") String id, @PathParam("role") String role,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, RoleAssignment body) {
        Account by = auth.requireStaff(authorization);
        RoleAssignment a = Params.present(body);
        return views.team(teams.assign(by, Params.id(id, "team"), role, a.memberId(), a.substitutes(), a.contact(),
                a.version()), true);
    }

    @GET
    @Path("{id}/history")
    public List<Views.HistoryView> history(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.requireStaff(authorization);
        return views.history(teams.history(Params.id(id, "team")));
    }

    @GET
    @Path("{id}/queue")
    public Views.QueueView queue(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account viewer = auth.require(authorization);
        Team team = teams.team(Params.id(id, "team"));
        requireInsider(viewer, team);
        return views.queue(team.id(), handoffs.queue(team.id()));
    }

    @GET
    @Path("{id}/figures")
    public FiguresView figures(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Account viewer = auth.require(authorization);
        Team team = teams.team(Params.id(id, "team"));
        requireInsider(viewer, team);
        Instant end = day("to", to, LocalDate.now(ZoneOffset.UTC).plusDays(1));
        Instant start = day("from", from, LocalDate.now(ZoneOffset.UTC).minusYears(1));
        if (!start.isBefore(end)) {
            throw FengqiaoException.invalid(List.of(new Problem("from", "out_of_range", "from must be before to")));
        }
        TeamFigures.Figures f = figures.of(team.id(), start, end, Instant.now());
        TeamFigures.HandoffFigures h = f.handoffs();
        return new FiguresView(f.teamId(), f.from(), f.to(), new HandoffFiguresView(h.made(), h.accepted(),
                h.declined(), h.forwarded(), h.done(), h.overdue(), Views.iso(h.medianToAccept()),
                h.medianToAccept() == null ? null : h.medianToAccept().toSeconds(), Views.iso(h.medianToSolve()),
                h.medianToSolve() == null ? null : h.medianToSolve().toSeconds()), f.meetings(), f.actions());
    }

    @GET
    @Path("{id}/meetings")
    public List<Meeting> meetings(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Account viewer = auth.require(authorization);
        Team team = teams.team(Params.id(id, "team"));
        requireInsider(viewer, team);
        return meetings.ofTeam(team.id(), day("from", from, LocalDate.of(2000, 1, 1)),
                day("to", to, LocalDate.now(ZoneOffset.UTC).plusYears(2)));
    }

    /** Members, staff of the community or a unit above it, and administrators. */
    private void requireInsider(Account viewer, Team team) {
        boolean staffAbove = viewer.isStaff()
                && identity.unitAndDescendants(viewer.staff().unitCode()).contains(team.community());
        if (!team.isMember(viewer.id()) && !staffAbove && !viewer.hasRole(org.fengqiao.identity.api.Role.ADMIN)) {
            throw FengqiaoException.forbidden("a team's queue and figures are for its members, the staff of its"
                    + " community and the units above it");
        }
    }

    /** A day ({@code 2026-01-31}, from its start in UTC) or a moment (ISO-8601 instant). */
    static Instant day(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return value.length() <= 10 ? LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw FengqiaoException.invalid(List.of(new Problem(name, "not_a_date",
                    name + " is a day (2026-01-31) or an ISO-8601 instant")));
        }
    }
}
