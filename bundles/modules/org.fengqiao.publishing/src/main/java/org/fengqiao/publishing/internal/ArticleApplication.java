package org.fengqiao.publishing.internal;

import javax.ws.rs.core.Application;

import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Articles at {@code /api/v1/articles}: an application of this module's own, so the core application is never rebuilt for it. */
@Component(service = Application.class, property = { WebApi.JSON_API + "=true", WebApi.MODULE + "=publishing" })
@JaxrsApplicationBase(ArticleApplication.BASE)
@JaxrsName(ArticleApplication.NAME)
@JaxrsExtensionSelect(WebApi.REQUIRES_JSON)
public class ArticleApplication extends Application {

    static final String BASE = "api/v1/articles";
    static final String NAME = "fengqiao.articles";
}
