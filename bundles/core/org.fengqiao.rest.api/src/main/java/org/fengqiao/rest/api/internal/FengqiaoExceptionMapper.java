package org.fengqiao.rest.api.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.rest.api.ErrorBody;
import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * A refused request of the domain: its own status, code and details, with the messages in the language the request
 * prefers ({@code Accept-Language}: zh or en) where they are known; English without the header.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect("(" + WebApi.JSON_API + "=true)")
public class FengqiaoExceptionMapper implements ExceptionMapper<FengqiaoException> {

    private final ProblemMessageBundles messages;

    @Context
    HttpHeaders headers;

    @Activate
    public FengqiaoExceptionMapper(@Reference ProblemMessageBundles messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(FengqiaoException e) {
        String language = AcceptLanguage.preferred(headers == null ? null
                : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).orElse(null);
        List<Problem> problems = language == null ? e.problems() : messages.localize(e.problems());
        List<Map<String, Object>> details = problems.stream().map(p -> detail(p, language)).toList();
        String message = e.getMessage();
        if (language != null && problems.size() == 1) {
            message = problems.get(0).message(language);
        } else if (language != null && problems.size() > 1) {
            message = messages.error("validation_failed.many", language,
                    Map.of("count", String.valueOf(problems.size()))).orElse(message);
        } else if (language != null) {
            message = messages.error(e.code(), language, Map.of()).orElse(message);
        }
        Response.ResponseBuilder response = Response.fromResponse(ErrorBody.response(e.kind().httpStatus(), e.code(),
                message, details, e.attributes()));
        if (language != null) {
            response.header(HttpHeaders.CONTENT_LANGUAGE, language);
        }
        Object retryAfter = e.attributes().get(FengqiaoException.RETRY_AFTER_SECONDS);
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter.toString());
        }
        return response.build();
    }

    private static Map<String, Object> detail(Problem problem, String language) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("field", problem.field());
        detail.put("code", problem.code());
        detail.put("message", problem.message(language));
        return detail;
    }
}
