package org.fengqiao.notification.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.fengqiao.identity.api.Account;
import org.fengqiao.notification.api.Inbox;
import org.fengqiao.notification.api.StoredNotification;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.rest.api.ApiJson;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The caller's in-app inbox (P7). */
@Component(service = NotificationResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + InboxApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    record InboxView(List<StoredNotification> items, long unread, int page, int size) {
    }

    record Marked(int marked) {
    }

    private final Inbox inbox;
    private final Authenticator auth;

    @Activate
    public NotificationResource(@Reference Inbox inbox, @Reference Authenticator auth) {
        this.inbox = inbox;
        this.auth = auth;
    }

    @GET
    public InboxView list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("unread") String unread, @QueryParam("page") String page, @QueryParam("size") String size) {
        Account me = auth.require(authorization);
        int p = Params.intParam("page", page, 0, 0, 1_000_000);
        int s = Params.intParam("size", size, 20, 1, 100);
        return new InboxView(inbox.list(me.id(), "true".equals(unread), p, s), inbox.unreadCount(me.id()), p, s);
    }

    @POST
    @Path("{notificationId}/read")
    public Marked read(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("notificationId") String notificationId) {
        Account me = auth.require(authorization);
        long id;
        try {
            id = Long.parseLong(notificationId);
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (!inbox.markRead(me.id(), id)) {
            throw FengqiaoException.notFound("notification_not_found", "no notification " + notificationId);
        }
        return new Marked(1);
    }

    @POST
    @Path("read-all")
    public Marked readAll(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return new Marked(inbox.markAllRead(auth.require(authorization).id()));
    }
}
