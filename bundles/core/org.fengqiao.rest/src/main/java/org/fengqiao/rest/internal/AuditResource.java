package org.fengqiao.rest.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.identity.api.AuditQuery;
import org.fengqiao.identity.api.Role;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The audit log, read by administrators and supervisors; there is no verb that changes it. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }

    private final AuditLog audit;
    private final Authenticator auth;

    @Activate
    public AuditResource(@Reference AuditLog audit, @Reference Authenticator auth) {
        this.audit = audit;
        this.auth = auth;
    }

    @GET
    public AuditPage find(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("actor") String actor, @QueryParam("subjectType") String subjectType,
            @QueryParam("subject") String subject, @QueryParam("action") String action,
            @QueryParam("since") String since, @QueryParam("until") String until, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        auth.requireRole(authorization, Role.ADMIN, Role.SUPERVISOR);
        Problems problems = new Problems();
        problems.text("subjectType", subjectType, false, 32).text("subject", subject, false, 64)
                .text("action", action, false, 64);
        Instant from = instant("since", since, problems);
        Instant to = instant("until", until, problems);
        problems.throwIfAny();
        AuditQuery query = new AuditQuery(actor == null ? null : Params.id(actor, "actor"), blankToNull(subjectType),
                blankToNull(subject), blankToNull(action), from, to, Params.intParam("page", page, 0, 0, 100_000),
                Params.intParam("size", size, 50, 1, 200));
        return new AuditPage(audit.find(query), query.page(), query.size(), audit.count(query));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String name, String value, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(name, "invalid_datetime", name + " must be an ISO-8601 instant such as 2026-11-29T08:00:00Z");
            return null;
        }
    }
}
