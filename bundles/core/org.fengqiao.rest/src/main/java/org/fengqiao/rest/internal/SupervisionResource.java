package org.fengqiao.rest.internal;

import java.time.Instant;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.ticketing.api.SupervisionService;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** A leader's watch list: overdue, supervised and instructed tickets of their units and below (P6). */
@Component(service = SupervisionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("supervision")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    private final SupervisionService supervision;
    private final IdentityService identity;
    private final Authenticator auth;

    @Activate
    public SupervisionResource(@Reference SupervisionService supervision, @Reference IdentityService identity,
            @Reference Authenticator auth) {
        this.supervision = supervision;
        this.identity = identity;
        this.auth = auth;
    }

    @GET
    @Path("queue")
    public List<Views.TicketView> queue(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Account leader = auth.require(authorization);
        Views.People people = new Views.People(identity, leader);
        return supervision.queue(leader, Instant.now()).stream().map(people::ticket).toList();
    }
}
