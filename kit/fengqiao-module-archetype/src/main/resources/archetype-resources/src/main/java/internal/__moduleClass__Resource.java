package ${package}.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code GET /api/v1/${moduleId}/entries}: anyone reads; {@code POST}: staff add an entry. One of the resources that
 * {@link ${moduleClass}Application} serves.
 */
@Component(service = ${moduleClass}Resource.class, configurationPid = "${package}")
@Designate(ocd = ${moduleClass}Config.class)
@Path("entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ${moduleClass}Resource {

    record NewEntry(String title, String body) {
    }

    private final ${moduleClass}Store store;
    private final Authenticator auth;
    private volatile ${moduleClass}Config config;

    @Activate
    public ${moduleClass}Resource(@Reference ${moduleClass}Store store, @Reference Authenticator auth,
            ${moduleClass}Config config) {
        this.store = store;
        this.auth = auth;
        this.config = config;
    }

    /** The city changed etc/${package}.cfg: the new settings apply to the next request. */
    @Modified
    void modified(${moduleClass}Config changed) {
        config = changed;
    }

    @GET
    public List<${moduleClass}Store.Entry> list(@QueryParam("page") String page) throws SQLException {
        return store.page(Params.intParam("page", page, 0, 0, 1_000_000), config.page_size());
    }

    @POST
    public Response add(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NewEntry body)
            throws SQLException {
        Account staff = auth.requireStaff(authorization);
        NewEntry entry = Params.present(body);
        String title = entry.title() == null ? null : entry.title().strip();
        List<Problem> problems = EntryRules.check(title, entry.body(), config.title_max_length(),
                title != null && store.titleTaken(title));
        if (!problems.isEmpty()) {
            throw FengqiaoException.invalid(problems);
        }
        return Response.status(201)
                .entity(store.add(title, entry.body(), staff.id(), staff.publicName(), Instant.now())).build();
    }
}
