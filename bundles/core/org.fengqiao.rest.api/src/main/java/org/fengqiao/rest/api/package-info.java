/**
 * The small web API every module builds its endpoints on: bearer authentication and role checks, the strict JSON
 * mapper, the error body {@code {"error","message","details"}} (with its exception mappers, offered as JAX-RS
 * whiteboard extensions to every application that sets {@link org.fengqiao.rest.api.WebApi#JSON_API}), request
 * helpers, module applications under {@code /api/v1} and their OpenAPI parts.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.fengqiao.rest.api;
