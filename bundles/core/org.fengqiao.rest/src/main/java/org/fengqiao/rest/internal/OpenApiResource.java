package org.fengqiao.rest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.fengqiao.rest.api.ApiDescription;
import org.fengqiao.rest.api.ApiJson;
import org.fengqiao.rest.api.OpenApiOperations;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3 document of what is installed now: the core's part, kept next to the code and checked against it by
 * a test, merged with the part each installed module brings ({@link ApiDescription}).
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("openapi.json")
public class OpenApiResource {

    static final String DOCUMENT = "/openapi/fengqiao-api-v1.json";

    private final String core = OpenApiOperations.read(OpenApiResource.class, DOCUMENT);
    private final List<ApiDescription> modules = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ApiDescription module) {
        modules.add(module);
    }

    void removeModule(ApiDescription module) {
        modules.remove(module);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=utf-8")
    public String openApi() {
        try {
            ObjectNode document = (ObjectNode) ApiJson.MAPPER.readTree(core);
            for (ApiDescription module : modules) {
                JsonNode part = ApiJson.MAPPER.readTree(module.document());
                document.with("paths").setAll((ObjectNode) part.path("paths"));
                if (part.path("components").path("schemas").isObject()) {
                    document.with("components").with("schemas")
                            .setAll((ObjectNode) part.path("components").path("schemas"));
                }
            }
            return ApiJson.MAPPER.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
