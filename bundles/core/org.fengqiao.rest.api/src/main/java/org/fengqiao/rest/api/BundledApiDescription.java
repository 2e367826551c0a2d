package org.fengqiao.rest.api;

/**
 * An {@link ApiDescription} read from a JSON file inside the module's bundle. A module registers a subclass as a
 * DS component: {@code @Component(service = ApiDescription.class)}.
 */
public abstract class BundledApiDescription implements ApiDescription {

    private final String module;
    private final String document;

    protected BundledApiDescription(String module, String resource) {
        this.module = module;
        this.document = OpenApiOperations.read(getClass(), resource);
    }

    @Override
    public final String module() {
        return module;
    }

    @Override
    public final String document() {
        return document;
    }
}
