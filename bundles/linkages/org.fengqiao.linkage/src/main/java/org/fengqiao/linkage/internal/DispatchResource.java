package org.fengqiao.linkage.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

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

import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.linkage.api.Dispatch;
import org.fengqiao.linkage.api.DispatchService;
import org.fengqiao.linkage.api.LinkageRegistry;
import org.fengqiao.linkage.api.NewDispatch;
import org.fengqiao.linkage.api.Suggestion;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.PersonalData;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.rest.api.ApiJson;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.fengqiao.rest.api.UnitRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Department dispatches (P8): classify, dispatch, accept, feedback, reject, complete, send back. */
@Component(service = DispatchResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + DispatchApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DispatchResource {

    record NewDispatchRequest(Long ticketId, String linkage, String category, String note) {
    }

    /** The body of every action: the version seen, and the text the action takes. */
    record Action(Integer version, String body, String reason, String note) {
    }

    record SuggestionView(String linkage, LocalizedText linkageName, String category, LocalizedText categoryName,
            String reason) {
    }

    record DispatchView(long id, long ticketId, String linkage, LocalizedText linkageName, String category,
            LocalizedText categoryName, UnitRef department, UnitRef unit, String state, String note,
            String dispatcher, String handler, String feedback, String returnReason, Instant createdAt,
            Instant acceptDue, Instant due, Instant acceptedAt, Instant answeredAt, Instant closedAt, boolean overdue,
            int escalationLevel, Dispatch.ExternalRequest external, int version) {
    }

    private final DispatchService dispatches;
    private final LinkageRegistry linkages;
    private final IdentityService identity;
    private final Authenticator auth;

    @Activate
    public DispatchResource(@Reference DispatchService dispatches, @Reference LinkageRegistry linkages,
            @Reference IdentityService identity, @Reference Authenticator auth) {
        this.dispatches = dispatches;
        this.linkages = linkages;
        this.identity = identity;
        this.auth = auth;
    }

    @GET
    public List<DispatchView> ofTicket(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("ticket") String ticket) {
        Account viewer = auth.optional(authorization).orElse(null);
        if (ticket == null || ticket.isBlank()) {
            throw FengqiaoException.invalid(List.of(new Problem("ticket", "required",
                    "name the ticket: /dispatches?ticket=<id>")));
        }
        return views(dispatches.ofTicket(Params.id(ticket, "ticket"), viewer), viewer);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dispatch(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NewDispatchRequest body) {
        Account staff = auth.require(authorization);
        NewDispatchRequest d = Params.present(body);
        Dispatch created = dispatches.dispatch(staff, new NewDispatch(d.ticketId(), d.linkage(), d.category(),
                d.note()));
        return Response.status(201).entity(view(created, staff)).build();
    }

    @GET
    @Path("suggestions")
    public List<SuggestionView> suggestions(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("ticket") String ticket) {
        Account staff = auth.require(authorization);
        if (ticket == null || ticket.isBlank()) {
            throw FengqiaoException.invalid(List.of(new Problem("ticket", "required", "ticket is required")));
        }
        return dispatches.suggest(Params.id(ticket, "ticket"), staff).stream().map(this::view).toList();
    }

    @GET
    @Path("queue")
    public List<DispatchView> queue(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("scope") String scope) {
        Account staff = auth.require(authorization);
        DispatchService.QueueScope parsed;
        try {
            parsed = DispatchService.QueueScope.valueOf((scope == null ? "department" : scope.strip())
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw FengqiaoException.invalid(List.of(new Problem("scope", "unknown_scope",
                    "scope is department or dispatcher")));
        }
        return views(dispatches.queue(staff, parsed), staff);
    }

    @GET
    @Path("{id}")
    public DispatchView dispatch(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        Account viewer = auth.optional(authorization).orElse(null);
        return view(dispatches.dispatch(dispatchId(id), viewer), viewer);
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DispatchView act(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            @PathParam("action") String action, Action body) {
        Account staff = auth.require(authorization);
        long dispatchId = dispatchId(id);
        Action a = Params.present(body);
        if (a.version() == null) {
            throw FengqiaoException.invalid(List.of(new Problem("version", "required",
                    "name the dispatch version you saw")));
        }
        int v = a.version();
        Dispatch changed = switch (action) {
            case "accept" -> dispatches.accept(dispatchId, staff, v);
            case "feedback" -> dispatches.feedback(dispatchId, staff, v, a.body());
            case "reject" -> dispatches.reject(dispatchId, staff, v, a.reason());
            case "complete" -> dispatches.complete(dispatchId, staff, v, a.note());
            case "send-back" -> dispatches.sendBack(dispatchId, staff, v, a.reason());
            default -> throw FengqiaoException.notFound("unknown_action", "no dispatch action '" + action
                    + "'; actions are accept, feedback, reject, complete, send-back");
        };
        return view(changed, staff);
    }

    private static long dispatchId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw FengqiaoException.notFound("dispatch_not_found", "no dispatch " + value);
        }
    }

    private List<DispatchView> views(List<Dispatch> found, Account viewer) {
        return found.stream().map(d -> view(d, viewer)).toList();
    }

    private DispatchView view(Dispatch d, Account viewer) {
        boolean staff = viewer != null && viewer.isStaff();
        var linkage = linkages.linkage(d.linkageId());
        LocalizedText categoryName = linkage.flatMap(l -> l.category(d.category())).map(c -> c.name()).orElse(null);
        return new DispatchView(d.id(), d.ticketId(), d.linkageId(), linkage.map(l -> l.name()).orElse(null),
                d.category(), categoryName, UnitRef.of(d.departmentUnit(), identity),
                UnitRef.of(d.unitCode(), identity), d.state().code(), mask(d.note(), staff),
                d.dispatcherName(), d.handlerName(), mask(d.feedback(), staff), mask(d.returnReason(), staff),
                d.createdAt(), d.acceptDue(), d.due(), d.acceptedAt(), d.answeredAt(), d.closedAt(),
                d.isOverdue(Instant.now()), d.escalationLevel(), staff ? d.external() : null, d.version());
    }

    private SuggestionView view(Suggestion s) {
        var linkage = linkages.linkage(s.linkageId());
        return new SuggestionView(s.linkageId(), linkage.map(l -> l.name()).orElse(null), s.category(),
                linkage.flatMap(l -> l.category(s.category())).map(c -> c.name()).orElse(null), s.reason());
    }

    private static String mask(String text, boolean staff) {
        return text == null || staff ? text : PersonalData.mask(text);
    }
}
