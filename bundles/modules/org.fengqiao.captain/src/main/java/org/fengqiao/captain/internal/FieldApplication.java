package org.fengqiao.captain.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** A captain's field app: sync, changes, attachments at {@code /api/v1/field}: an application of this module's own. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=captain" })
@JaxrsApplicationBase(FieldApplication.BASE)
@JaxrsName(FieldApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class FieldApplication extends Application {

    static final String BASE = "api/v1/field";
    static final String NAME = "fengqiao.field";
}
