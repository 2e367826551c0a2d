package org.fengqiao.rest.api.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.fengqiao.platform.api.Problem;
import org.fengqiao.rest.api.ErrorBody;
import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** A request body that is not JSON, or not of the expected shape: 400 naming where it went wrong. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect("(" + WebApi.JSON_API + "=true)")
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return ErrorBody.response(400, "malformed_json", "the request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
        String path = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ErrorBody.response(400, "unknown_property", "the request has a property '"
                    + unknown.getPropertyName() + "' that this endpoint does not take",
                    List.of(new Problem(path, "unknown_property", "not a property of this request")), Map.of());
        }
        return ErrorBody.response(400, "wrong_type", "a value of the request has the wrong type"
                + (path.isEmpty() ? "" : " at '" + path + "'"),
                List.of(new Problem(path.isEmpty() ? null : path, "wrong_type", e.getOriginalMessage())), Map.of());
    }
}
