package org.fengqiao.rest.api.internal;

import java.util.Locale;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.fengqiao.rest.api.ErrorBody;
import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Errors raised by the JAX-RS runtime itself (no such path, wrong method, wrong media type) as JSON; a path of a
 * module that is out answers 404 {@code module_not_installed}.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect("(" + WebApi.JSON_API + "=true)")
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final JsonExceptionMapper json = new JsonExceptionMapper();
    private final ModulePresence modules;

    @Context
    private UriInfo uriInfo;

    @Activate
    public WebApplicationExceptionMapper(@Reference ModulePresence modules) {
        this.modules = modules;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException jpe) {
                return json.toResponse(jpe);
            }
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && uriInfo != null) {
            var absent = modules.absentModuleFor(uriInfo.getRequestUri().getPath());
            if (absent.isPresent()) {
                return ModuleNotInstalled.response(absent.get());
            }
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String code = switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 415 -> "unsupported_media_type";
            default -> known == null ? "http_" + status : known.name().toLowerCase(Locale.ROOT);
        };
        String message = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this resource does not take that method";
            case 415 -> "send the request body as application/json";
            default -> known == null ? "HTTP " + status : known.getReasonPhrase();
        };
        return ErrorBody.response(status, code, message);
    }
}
