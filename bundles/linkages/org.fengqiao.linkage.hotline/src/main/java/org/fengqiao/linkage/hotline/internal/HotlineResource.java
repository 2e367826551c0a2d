package org.fengqiao.linkage.hotline.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.fengqiao.identity.api.ApiKey;
import org.fengqiao.identity.api.ApiKeyService;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The 12345 hotline's API: deliver records, read their status. Every call carries {@code X-Api-Key}, a key with
 * purpose {@code hotline} made by an administrator.
 */
@Component(service = HotlineResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + HotlineApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class HotlineResource {

    static final String PURPOSE = "hotline";

    private final HotlineBridge bridge;
    private final ApiKeyService keys;

    @Activate
    public HotlineResource(@Reference HotlineBridge bridge, @Reference ApiKeyService keys) {
        this.bridge = bridge;
        this.keys = keys;
    }

    @POST
    @Path("records")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deliver(@HeaderParam("X-Api-Key") String apiKey, HotlineRecord body) {
        ApiKey key = authenticate(apiKey);
        if (body == null) {
            throw new FengqiaoException(ErrorKind.BAD_REQUEST, "missing_body", "this request needs a JSON body");
        }
        HotlineBridge.Intake intake = bridge.intake(key, body);
        return Response.status(intake.duplicate() ? 200 : 201).entity(intake).build();
    }

    @GET
    @Path("records/{hotlineId}")
    public HotlineBridge.RecordStatus status(@HeaderParam("X-Api-Key") String apiKey,
            @PathParam("hotlineId") String hotlineId) {
        authenticate(apiKey);
        return bridge.status(hotlineId);
    }

    @GET
    @Path("updates")
    public List<HotlineUpdate> updates(@HeaderParam("X-Api-Key") String apiKey, @QueryParam("since") String since,
            @QueryParam("limit") String limit) {
        authenticate(apiKey);
        return bridge.updatesSince(number("since", since, 0, Long.MAX_VALUE), (int) number("limit", limit, 100, 1000));
    }

    private ApiKey authenticate(String apiKey) {
        return keys.authenticate(apiKey, PURPOSE).orElseThrow(() -> new FengqiaoException(ErrorKind.UNAUTHORIZED,
                "invalid_api_key", "header X-Api-Key must carry an active hotline API key"));
    }

    private static long number(String name, String value, long fallback, long max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 0 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw FengqiaoException.invalid(List.of(new Problem(name, "out_of_range", name + " must be a whole number"
                + " from 0 to " + max)));
    }
}
