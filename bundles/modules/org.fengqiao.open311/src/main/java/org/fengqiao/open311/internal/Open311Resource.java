package org.fengqiao.open311.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GeoReport v2 endpoints. The format is the path's extension ({@code .xml} or {@code .json}); every answer,
 * errors included, is in that format.
 */
@Component(service = Open311Resource.class)
@JaxrsResource
@JaxrsApplicationSelect(Open311Application.SELECT)
@Path("/")
public class Open311Resource {

    private static final Logger LOG = LoggerFactory.getLogger(Open311Resource.class);
    private static final String FORMAT = "{format}";

    private final Open311Service open311;

    @Activate
    public Open311Resource(@Reference Open311Service open311) {
        this.open311 = open311;
    }

    @GET
    @Path("discovery." + FORMAT)
    public Response discovery(@PathParam("format") String format, @Context UriInfo uri) {
        return answer(format, "discovery", () -> open311.discovery(uri.getBaseUri().toString()));
    }

    @GET
    @Path("services." + FORMAT)
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        return answer(format, "services", () -> open311.services(jurisdiction));
    }

    @GET
    @Path("services/{code}." + FORMAT)
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        return answer(format, "service_definition", () -> open311.definition(code, jurisdiction));
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        return answer(format, "service_requests", () -> open311.create(form == null ? new MultivaluedHashMap<>()
                : form));
    }

    @GET
    @Path("requests." + FORMAT)
    public Response requests(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String codes, @QueryParam("start_date") String start,
            @QueryParam("end_date") String end, @QueryParam("status") String status,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        return answer(format, "service_requests", () -> open311.requests(ids, codes, start, end, status,
                jurisdiction));
    }

    @GET
    @Path("requests/{id}." + FORMAT)
    public Response request(@PathParam("id") String id, @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        return answer(format, "service_requests", () -> open311.request(id, jurisdiction));
    }

    @GET
    @Path("tokens/{token}." + FORMAT)
    public Response token(@PathParam("token") String token, @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        return answer(format, "service_requests", () -> open311.token(token, jurisdiction));
    }

    @GET
    @Path("servicerequestupdates." + FORMAT)
    public Response updates(@PathParam("format") String format, @QueryParam("start_date") String start,
            @QueryParam("end_date") String end, @QueryParam("jurisdiction_id") String jurisdiction) {
        return answer(format, "service_request_updates", () -> open311.updates(start, end, jurisdiction));
    }

    private static Response answer(String extension, String root, Supplier<Object> body) {
        Open311Format format = Open311Format.of(extension).orElse(null);
        if (format == null) {
            return error(Open311Format.JSON, 404, "format ." + extension + " is not served; use .xml or .json");
        }
        try {
            return Response.ok(format.write(root, body.get()), format.mediaType()).build();
        } catch (Open311Error e) {
            return error(format, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Open311 {} failed", root, e);
            return error(format, 500, "internal error; the request was not completed");
        }
    }

    static Response error(Open311Format format, int status, String description) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("code", status);
        error.put("description", description);
        return Response.status(status).type(format.mediaType())
                .entity(format.write("errors", new Open311Format.Items("error", List.of(error)))).build();
    }
}
