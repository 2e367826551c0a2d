package org.fengqiao.captain.internal;

import java.io.InputStream;
import java.util.ArrayList;
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
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The captain's field app (B2): sync of records, the changes feed, attachments, conflicts. */
@Component(service = FieldResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + FieldApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FieldResource {

    record SyncBody(List<Object> records) {
    }

    record SyncResults(List<FieldSync.Result> results) {
    }

    record ResolveBody(String keep) {
    }

    private static final java.util.Set<String> SHOWN = java.util.Set.of("image/jpeg", "image/png", "image/webp",
            "image/heic");

    private final FieldSync sync;
    private final ChangeFeed feed;
    private final Attachments attachments;
    private final Conflicts conflicts;
    private final Captains captains;
    private final Authenticator auth;

    @Activate
    public FieldResource(@Reference FieldSync sync, @Reference ChangeFeed feed, @Reference Attachments attachments,
            @Reference Conflicts conflicts, @Reference Captains captains, @Reference Authenticator auth) {
        this.sync = sync;
        this.feed = feed;
        this.attachments = attachments;
        this.conflicts = conflicts;
        this.captains = captains;
        this.auth = auth;
    }

    @POST
    @Path("sync")
    public SyncResults sync(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SyncBody body) {
        Account captain = captain(authorization);
        SyncBody b = Params.present(body);
        if (b.records() == null) {
            throw FengqiaoException.invalid(List.of(new Problem("records", "required", "records is required")));
        }
        List<FieldSync.Incoming> incoming = new ArrayList<>();
        for (Object item : b.records()) {
            incoming.add(incoming(item));
        }
        return new SyncResults(sync.sync(captain, incoming));
    }

    /** One record, answered with its own status: 201 created, 200 unchanged or updated, 409 conflict or reuse. */
    @PUT
    @Path("records/{id}")
    public Response record(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Map<String, Object> body) {
        Account captain = captain(authorization);
        Map<String, Object> record = new java.util.LinkedHashMap<>(Params.present(body));
        Object given = record.putIfAbsent("id", id);
        if (given != null && !given.equals(id)) {
            throw FengqiaoException.invalid(List.of(new Problem("id", "id_mismatch", "the body names another id")));
        }
        FieldSync.Result result = sync.sync(captain, List.of(incoming(record))).get(0);
        return Response.status(result.httpStatus()).entity(result).build();
    }

    @GET
    @Path("changes")
    public ChangeFeed.Changes changes(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("since") String since) {
        return feed.since(captain(authorization), since);
    }

    @GET
    @Path("kinds")
    public ChangeFeed.Rules kinds(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.requireStaff(authorization);
        return feed.rules();
    }

    @PUT
    @Path("records/{id}/attachments/{name}")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") String id, @PathParam("name") String name,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("Content-Range") String contentRange, InputStream body) {
        Account captain = captain(authorization);
        Attachments.Upload upload = attachments.put(captain, id, name, contentType, contentRange, body);
        return Response.status(upload.completedNow() ? 201 : 200).entity(upload.status()).build();
    }

    @GET
    @Path("records/{id}/attachments")
    public List<Attachments.Status> attachments(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return attachments.list(auth.require(authorization), id);
    }

    @GET
    @Path("records/{id}/attachments/{name}/status")
    public Attachments.Status attachmentStatus(@PathParam("id") String id, @PathParam("name") String name,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return attachments.status(auth.require(authorization), id, name);
    }

    @GET
    @Path("records/{id}/attachments/{name}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") String id, @PathParam("name") String name,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account viewer = auth.require(authorization);
        Attachments.Status status = attachments.status(viewer, id, name);
        // only photos are shown as what the device said they are; anything else is a download
        String type = SHOWN.contains(status.contentType()) ? status.contentType() : MediaType.APPLICATION_OCTET_STREAM;
        return Response.ok(attachments.content(viewer, id, name), type)
                .header("Content-Disposition", (type.startsWith("image/") ? "inline" : "attachment") + "; filename=\""
                        + name + "\"").build();
    }

    @GET
    @Path("conflicts")
    public List<Conflicts.Conflict> conflicts(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return conflicts.open(captain(authorization));
    }

    @POST
    @Path("conflicts/{id}/resolve")
    public FieldSync.Result resolve(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ResolveBody body) {
        return conflicts.resolve(captain(authorization), Params.id(id, "conflict"), Params.present(body).keep());
    }

    private Account captain(String authorization) {
        Account account = auth.require(authorization);
        if (!captains.isCaptain(account.id())) {
            throw FengqiaoException.forbidden("the field app is for building captains");
        }
        return account;
    }

    /** A record of the sync body; a malformed one becomes a record that is rejected alone. */
    @SuppressWarnings("unchecked")
    private static FieldSync.Incoming incoming(Object item) {
        if (!(item instanceof Map<?, ?> m)) {
            return new FieldSync.Incoming(null, null, null, null, null);
        }
        Object baseVersion = m.get("baseVersion");
        Object data = m.get("data");
        return new FieldSync.Incoming(text(m.get("id")), text(m.get("kind")), text(m.get("recordedAt")),
                baseVersion instanceof Number n ? Integer.valueOf(n.intValue()) : baseVersion == null ? null : -1,
                data instanceof Map<?, ?> d ? (Map<String, Object>) d : null);
    }

    private static String text(Object value) {
        return value instanceof String s ? s : value == null ? null : value.toString();
    }
}
