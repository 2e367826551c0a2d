package org.fengqiao.cogovernance.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fengqiao.cogovernance.internal.InviteeEntity.Invitee;
import org.fengqiao.identity.api.Account;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Joint meetings (F3). */
@Component(service = MeetingResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + MeetingApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    record AgendaBody(Long ticketId, Long handoffId, Long alertId, String title, Boolean publicItem) {
    }

    record ResponseBody(String response, Long inviteeId) {
    }

    record AttendanceBody(Long inviteeId, String name, String kind) {
    }

    record MinutesBody(Integer version, String summary, List<Meetings.ItemMinutes> items) {
    }

    record ActionBody(String title, String body, Long ownerId, Instant due, Long agendaItemId, Boolean publicItem) {
    }

    record DoneBody(Integer version, String note) {
    }

    record CandidatesView(List<Views.HandoffView> handoffs, List<org.fengqiao.captain.api.CommunityAlerts.Alert> alerts,
            List<Views.ActionView> actions) {
    }

    private final Meetings meetings;
    private final Views views;
    private final Authenticator auth;

    @Activate
    public MeetingResource(@Reference Meetings meetings, @Reference Views views, @Reference Authenticator auth) {
        this.meetings = meetings;
        this.views = views;
        this.auth = auth;
    }

    @POST
    public Response convene(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NewMeeting body) {
        Account by = auth.require(authorization);
        return Response.status(201).entity(view(meetings.convene(by, Params.present(body)))).build();
    }

    @GET
    @Path("{id}")
    public Views.MeetingView meeting(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account viewer = auth.require(authorization);
        return view(meetings.detail(Params.id(id, "meeting"), viewer));
    }

    /** The meeting for calendars; for the same people as the meeting itself. */
    @GET
    @Path("{id}.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    public Response calendar(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account viewer = auth.require(authorization);
        Meetings.Detail d = meetings.detail(Params.id(id, "meeting"), viewer);
        String ics = MeetingCalendar.of(d, meetings.kindName(d.meeting()), views.people(Stream.concat(
                Stream.of(d.meeting().convenerId()), d.invitees().stream().map(Invitee::accountId)).toList()));
        return Response.ok(ics.getBytes(StandardCharsets.UTF_8), MeetingCalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"meeting-" + d.meeting().id() + ".ics\"")
                .build();
    }

    /** The meeting's outcome, item by item: public items for everyone, all of them for insiders. */
    @GET
    @Path("{id}/report")
    public Views.ReportView report(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account viewer = auth.optional(authorization).orElse(null);
        Meetings.Detail d = meetings.detail(Params.id(id, "meeting"));
        return views.report(d, meetings.kindName(d.meeting()), meetings.isInsider(viewer, d));
    }

    @GET
    @Path("{id}/candidates")
    public CandidatesView candidates(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account viewer = auth.require(authorization);
        Meetings.Candidates c = meetings.candidates(Params.id(id, "meeting"), viewer);
        return new CandidatesView(views.handoffs(c.handoffs()), c.alerts(),
                c.actions().stream().map(views::action).toList());
    }

    @POST
    @Path("{id}/agenda")
    public Response addToAgenda(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AgendaBody body) {
        Account by = auth.require(authorization);
        AgendaBody a = Params.present(body);
        return Response.status(201).entity(Views.agenda(meetings.addToAgenda(by, Params.id(id, "meeting"),
                a.ticketId(), a.handoffId(), a.alertId(), a.title(), a.publicItem()))).build();
    }

    @POST
    @Path("{id}/responses")
    public Views.InviteeView respond(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ResponseBody body) {
        Account by = auth.require(authorization);
        ResponseBody r = Params.present(body);
        Invitee i = meetings.respond(by, Params.id(id, "meeting"), r.inviteeId(), r.response());
        return views.invitee(i, views.people(Stream.of(i.accountId()).toList()));
    }

    @POST
    @Path("{id}/attendance")
    public Views.InviteeView signIn(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AttendanceBody body) {
        Account by = auth.require(authorization);
        AttendanceBody a = body == null ? new AttendanceBody(null, null, null) : body;
        Invitee i = meetings.signIn(by, Params.id(id, "meeting"), a.inviteeId(), a.name(), a.kind());
        return views.invitee(i, views.people(Stream.of(i.accountId()).toList()));
    }

    @PUT
    @Path("{id}/minutes")
    public Views.MeetingView minutes(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, MinutesBody body) {
        Account by = auth.require(authorization);
        MinutesBody m = Params.present(body);
        return view(meetings.writeMinutes(by, Params.id(id, "meeting"), m.version(), m.summary(), m.items()));
    }

    @POST
    @Path("{id}/actions")
    public Response addAction(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ActionBody body) {
        Account by = auth.require(authorization);
        ActionBody a = Params.present(body);
        return Response.status(201).entity(views.action(meetings.addAction(by, Params.id(id, "meeting"), a.title(),
                a.body(), a.ownerId(), a.due(), a.agendaItemId(), a.publicItem()))).build();
    }

    @POST
    @Path("{id}/actions/{actionId}/done")
    public Views.ActionView actionDone(@PathParam("id") String id, @PathParam("actionId") String actionId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, DoneBody body) {
        Account by = auth.require(authorization);
        DoneBody d = Params.present(body);
        return views.action(meetings.actionDone(by, Params.id(id, "meeting"), Params.id(actionId, "action"),
                d.version(), d.note()));
    }

    private Views.MeetingView view(Meetings.Detail d) {
        return views.meeting(d, meetings.kindName(d.meeting()));
    }
}
