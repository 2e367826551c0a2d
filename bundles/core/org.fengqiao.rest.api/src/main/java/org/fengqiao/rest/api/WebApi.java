package org.fengqiao.rest.api;

/**
 * Names shared by the core application and the modules' own applications.
 * <p>
 * A module serves its endpoints from an application of its own whose base lies under {@value #BASE} (for example
 * {@code api/v1/articles}), so that its arrival or departure never rebuilds the core application. Such an
 * application sets {@value #JSON_API}{@code =true} (JSON provider and error mappers) and {@value #MODULE}{@code =<name>}
 * (while the module is out, its paths answer 404 {@code module_not_installed}).
 */
public final class WebApi {

    /** The core application's base; module bases lie under it. */
    public static final String BASE = "api/v1";
    /** Application property: {@code true} gives the application the JSON provider and the error mappers. */
    public static final String JSON_API = "fengqiao.json.api";
    /** Application property: the module that serves this application (its feature without the prefix). */
    public static final String MODULE = "fengqiao.module";
    /** {@code osgi.jaxrs.name} of the JSON provider extension. */
    public static final String JSON_PROVIDER = "fengqiao.json";
    /** Extension filter an application names so that it starts only once the JSON provider is there. */
    public static final String REQUIRES_JSON = "(osgi.jaxrs.name=" + JSON_PROVIDER + ")";

    private WebApi() {
    }

    /** The filter selecting one application by its {@code osgi.jaxrs.name}. */
    public static String select(String applicationName) {
        return "(osgi.jaxrs.name=" + applicationName + ")";
    }
}
