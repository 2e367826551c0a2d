package org.fengqiao.cogovernance.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Joint meetings: agenda, attendance, minutes, action items, iCalendar at {@code /api/v1/meetings}: an application of this module's own. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=cogovernance" })
@JaxrsApplicationBase(MeetingApplication.BASE)
@JaxrsName(MeetingApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class MeetingApplication extends Application {

    static final String BASE = "api/v1/meetings";
    static final String NAME = "fengqiao.meetings";
}
