package org.fengqiao.rest.api;

/**
 * Names shared by the core application and the modules' own applications.
 * <p>
 * A module serves its endpoints from an application of its own whose base lies under {@value #BASE} (for example
 * {@code api/v1/articles}), so that its arrival or departure never rebuilds the core application. Such an
 * application sets {@value #JSON_API}{@code =true} (JSON provider and error mappers) and {@value #MODULE}{@code =<name>}
 * (while the module is out, its paths answer 404 {@code module_not_installed}).
 * <p>
 * A module that registers its {@code Application} with {@value #MODULE} and <em>no</em> base, its resources as the
 * application's singletons, is published by the platform at {@code api/v1/<module>} by its bundle's version: when a
 * newer version is deployed beside it, requests move to the newer one once it answers, with no gap (the module
 * archetype makes such a module; {@code docs/writing-a-module.md}).
 */
public final class WebApi {

    /** The core application's base; module bases lie under it. */
    public static final String BASE = "api/v1";
    /** Application property: {@code true} gives the application the JSON provider and the error mappers. */
    public static final String JSON_API = "fengqiao.json.api";
    /**
     * Application property: the module that serves this application; for an application without a base, also its
     * path under {@value #BASE}.
     */
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
