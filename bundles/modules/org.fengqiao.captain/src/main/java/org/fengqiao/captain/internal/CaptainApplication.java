package org.fengqiao.captain.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Captains and their public cards at {@code /api/v1/captains}: an application of this module's own. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=captain" })
@JaxrsApplicationBase(CaptainApplication.BASE)
@JaxrsName(CaptainApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class CaptainApplication extends Application {

    static final String BASE = "api/v1/captains";
    static final String NAME = "fengqiao.captains";
}
