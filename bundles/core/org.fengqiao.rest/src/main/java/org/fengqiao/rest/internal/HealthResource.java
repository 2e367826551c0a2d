package org.fengqiao.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.fengqiao.board.api.Board;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Liveness for operators and load balancers: the database answers, and which boards are installed. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    record Health(String status, int units, List<String> boards) {
    }

    private final BoardRegistry boards;
    private final IdentityService identity;

    @Activate
    public HealthResource(@Reference BoardRegistry boards, @Reference IdentityService identity) {
        this.boards = boards;
        this.identity = identity;
    }

    @GET
    public Health health() {
        // counting units reads the database: a health answer means storage works too
        return new Health("up", identity.units().size(), boards.boards().stream().map(Board::id).toList());
    }
}
