package org.fengqiao.rest.api.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.fengqiao.rest.api.ApiJson;
import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** JSON in and out, by Jackson, with the API's strict mapper. */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class })
@JaxrsExtension
@JaxrsName(WebApi.JSON_PROVIDER)
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect("(" + WebApi.JSON_API + "=true)")
public class JsonProvider extends JacksonJsonProvider {


    public JsonProvider() {
        super(ApiJson.MAPPER);
    }
}
