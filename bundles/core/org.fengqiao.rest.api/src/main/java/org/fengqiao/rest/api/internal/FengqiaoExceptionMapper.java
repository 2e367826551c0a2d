package org.fengqiao.rest.api.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.rest.api.ErrorBody;
import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** A refused request of the domain: its own status, code and details. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect("(" + WebApi.JSON_API + "=true)")
public class FengqiaoExceptionMapper implements ExceptionMapper<FengqiaoException> {

    @Override
    public Response toResponse(FengqiaoException e) {
        Response response = ErrorBody.response(e.kind().httpStatus(), e.code(), e.getMessage(), e.problems(),
                e.attributes());
        Object retryAfter = e.attributes().get(FengqiaoException.RETRY_AFTER_SECONDS);
        return retryAfter == null ? response
                : Response.fromResponse(response).header("Retry-After", retryAfter.toString()).build();
    }
}
