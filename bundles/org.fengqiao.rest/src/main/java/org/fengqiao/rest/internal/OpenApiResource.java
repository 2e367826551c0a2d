package org.fengqiao.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The OpenAPI 3 document of the whole API, maintained next to the code and checked against it by a test. */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("openapi.json")
public class OpenApiResource {

    static final String DOCUMENT = "/openapi/fengqiao-api-v1.json";

    private final String document;

    public OpenApiResource() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=utf-8")
    public String openApi() {
        return document;
    }
}
