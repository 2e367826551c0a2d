package org.fengqiao.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.fengqiao.platform.api.FengqiaoException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/** A refused request of the domain: its own status, code and details. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(FengqiaoApplication.JSON_API_SELECT)
public class FengqiaoExceptionMapper implements ExceptionMapper<FengqiaoException> {

    @Override
    public Response toResponse(FengqiaoException e) {
        return ErrorBody.response(e.kind().httpStatus(), e.code(), e.getMessage(), e.problems(), e.attributes());
    }
}
