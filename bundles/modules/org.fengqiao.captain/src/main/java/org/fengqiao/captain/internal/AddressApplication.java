package org.fengqiao.captain.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Standard addresses and the actual population at {@code /api/v1/addresses}: an application of this module's own. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=captain" })
@JaxrsApplicationBase(AddressApplication.BASE)
@JaxrsName(AddressApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class AddressApplication extends Application {

    static final String BASE = "api/v1/addresses";
    static final String NAME = "fengqiao.addresses";
}
