package org.fengqiao.linkage.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.linkage.api.DepartmentLinkage;
import org.fengqiao.linkage.api.DispatchService;
import org.fengqiao.linkage.api.LinkageRegistry;
import org.fengqiao.rest.api.ApiJson;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.fengqiao.rest.api.UnitRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The department linkages installed now, with their categories, deadlines and delivery mode. */
@Component(service = LinkageResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + LinkageApplication.NAME + ")")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class LinkageResource {

    record CategoryView(String code, LocalizedText name, long acceptMinutes, long resolveMinutes) {
    }

    record LinkageView(String id, LocalizedText name, UnitRef department, String delivery,
            List<CategoryView> categories, long storedDispatches) {
    }

    private final LinkageRegistry linkages;
    private final DispatchService dispatches;
    private final org.fengqiao.identity.api.IdentityService identity;

    @Activate
    public LinkageResource(@Reference LinkageRegistry linkages, @Reference DispatchService dispatches,
            @Reference org.fengqiao.identity.api.IdentityService identity) {
        this.linkages = linkages;
        this.dispatches = dispatches;
        this.identity = identity;
    }

    @GET
    public List<LinkageView> linkages() {
        return linkages.linkages().stream().map(this::view).toList();
    }

    private LinkageView view(DepartmentLinkage l) {
        return new LinkageView(l.id(), l.name(), UnitRef.of(l.departmentUnit(), identity),
                l.delivery().mode().name().toLowerCase(java.util.Locale.ROOT),
                l.categories().stream().map(c -> new CategoryView(c.code(), c.name(), c.acceptWithin().toMinutes(),
                        c.resolveWithin().toMinutes())).toList(),
                dispatches.countStored(l.id()));
    }
}
