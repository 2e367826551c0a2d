package org.fengqiao.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.fengqiao.board.api.Board;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.persistence.api.Cluster;
import org.fengqiao.persistence.api.ClusterNode;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Liveness for operators and load balancers: the database answers, and which boards are installed. Administrators
 * also read the settings that look broken ({@link SettingsCheck}) and the cluster: the database kind and the nodes
 * sharing it, this one first.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /**
     * @param settings for administrators only: settings that look broken, empty when none
     * @param cluster  for administrators only
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(String status, int units, List<String> boards, List<SettingsCheck.Finding> settings,
            ClusterView cluster) {
    }

    /** @param database {@code postgresql} (shared by the nodes) or {@code embedded} (this node alone) */
    record ClusterView(String node, String database, List<ClusterNode> nodes) {
    }

    private final BoardRegistry boards;
    private final IdentityService identity;
    private final Authenticator auth;
    private final SettingsCheck settings;
    private final Cluster cluster;

    @Activate
    public HealthResource(@Reference BoardRegistry boards, @Reference IdentityService identity,
            @Reference Authenticator auth, @Reference SettingsCheck settings, @Reference Cluster cluster) {
        this.cluster = cluster;
        this.boards = boards;
        this.identity = identity;
        this.auth = auth;
        this.settings = settings;
    }

    @GET
    public Health health(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        boolean admin = authorization != null
                && auth.optional(authorization).filter(a -> a.hasRole(Role.ADMIN)).isPresent();
        // counting units reads the database: a health answer means storage works too
        return new Health("up", identity.units().size(), boards.boards().stream().map(Board::id).toList(),
                admin ? settings.findings() : null,
                admin ? new ClusterView(cluster.nodeId(), cluster.shared() ? "postgresql" : "embedded", cluster.nodes())
                        : null);
    }
}
