package org.fengqiao.notification.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.fengqiao.board.api.Visibility;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.identity.api.Account;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TicketListener;
import org.fengqiao.rest.api.ApiJson;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A live stream of ticket events as Server-Sent Events (P7): ids, kinds, states and actors, never post text. Events of
 * confidential boards go to police staff only.
 */
@Component(service = { EventStreamResource.class, TicketListener.class })
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + EventStreamApplication.NAME + ")")
@Path("/")
public class EventStreamResource implements TicketListener {

    /** @param named events named by their kind; otherwise unnamed ("message"), the kind in the data only */
    private record Subscriber(SseEventSink sink, Sse sse, boolean police, boolean named) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final BoardRegistry boards;
    private final Authenticator auth;

    @Activate
    public EventStreamResource(@Reference BoardRegistry boards, @Reference Authenticator auth) {
        this.boards = boards;
        this.auth = auth;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@Context SseEventSink sink, @Context Sse sse,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("names") String names) {
        Account viewer = auth.optional(authorization).orElse(null);
        if (names != null && !names.equals("kind") && !names.equals("none")) {
            throw FengqiaoException.invalid(List.of(new Problem("names", "not_allowed", "names is kind or none")));
        }
        Subscriber subscriber = new Subscriber(sink, sse, viewer != null && viewer.isPolice(),
                !"none".equals(names));
        subscribers.add(subscriber);
        send(subscriber, sse.newEventBuilder().name("ready").data("{}").build());
    }

    /** Its subscribers are this node's clients: it hears every event, whichever node made it. */
    @Override
    public boolean eachNode() {
        return true;
    }

    @Override
    public void ticketChanged(TicketEvent e) {
        boolean confidential = boards.board(e.boardId()).map(b -> b.visibility() == Visibility.CONFIDENTIAL)
                .orElse(true);
        String json = publicData(e);
        for (Subscriber s : subscribers) {
            if (!confidential || s.police()) {
                var event = s.sse().newEventBuilder().id(String.valueOf(e.eventId())).data(json);
                send(s, (s.named() ? event.name(e.kind().code()) : event).build());
            }
        }
    }

    /** What anyone may see of an event: ids, kind, state and actor, never the post's text. */
    static String publicData(TicketEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", e.ticketId());
        data.put("boardId", e.boardId());
        data.put("kind", e.kind().code());
        data.put("action", e.action() == null ? null : e.action().code());
        data.put("state", e.state().code());
        data.put("actor", e.actorName());
        data.put("at", e.at().toString());
        try {
            return ApiJson.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void send(Subscriber s, javax.ws.rs.sse.OutboundSseEvent event) {
        if (s.sink().isClosed()) {
            subscribers.remove(s);
            return;
        }
        s.sink().send(event).exceptionally(failure -> {
            subscribers.remove(s);
            return null;
        });
    }

    @Deactivate
    void closeAll() {
        subscribers.forEach(s -> s.sink().close());
        subscribers.clear();
    }
}
