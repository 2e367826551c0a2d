package org.fengqiao.rest.api;

/**
 * Whiteboard: a module registers one to add its operations to {@code GET /api/v1/openapi.json} while it is
 * installed. The document is OpenAPI 3 JSON with at least {@code paths} (absolute, e.g. {@code /articles/{id}}).
 */
public interface ApiDescription {

    /** The module's name, as in {@link WebApi#MODULE}. */
    String module();

    /** The module's part of the OpenAPI document, as JSON text. */
    String document();
}
