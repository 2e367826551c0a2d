package org.fengqiao.rest.api.internal;

import java.util.Set;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;


/** The application standing in at a module's own base while the module is out: 404 {@code module_not_installed}. */
class StandIn extends Application {

    static final String STAND_IN = "fengqiao.module.stand-in";

    private final String module;

    StandIn(String module) {
        this.module = module;
    }

    @Override
    public Set<Object> getSingletons() {
        return Set.of(new Absent(module));
    }

    @Path("{any: .*}")
    public static class Absent {
        private final String module;

        Absent(String module) {
            this.module = module;
        }

        @GET
        public Response get() {
            return answer();
        }

        @POST
        public Response post() {
            return answer();
        }

        @PUT
        public Response put() {
            return answer();
        }

        @DELETE
        public Response delete() {
            return answer();
        }

        private Response answer() {
            return ModuleNotInstalled.response(module);
        }
    }
}
