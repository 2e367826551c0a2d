package org.fengqiao.open311.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * What JAX-RS refuses before a resource runs (no such path, wrong method, unreadable body) in GeoReport's error
 * format, XML or JSON as the path's extension asks.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(Open311Application.SELECT)
public class Open311NotFoundMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        String path = uri == null ? "" : uri.getPath();
        Open311Format format = path.endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
        int status = e.getResponse().getStatus();
        String description = switch (status) {
            case 404 -> "no such endpoint: " + path;
            case 405 -> "method not allowed on " + path;
            case 415 -> "send the request as application/x-www-form-urlencoded";
            default -> e.getMessage();
        };
        return Open311Resource.error(format, status, description);
    }
}
