package org.fengqiao.rest.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Operations as {@code "get /articles/{id}"}: those a set of resources implements and those an OpenAPI document
 * lists, so that a module's unit test keeps its document equal to its code.
 */
public final class OpenApiOperations {

    private OpenApiOperations() {
    }

    /** The operations of resources served under {@code base} (relative to {@code /api/v1}, e.g. "articles"). */
    public static Set<String> implemented(String base, Class<?>... resources) {
        Set<String> implemented = new TreeSet<>();
        for (Class<?> resource : resources) {
            Path classPath = resource.getAnnotation(Path.class);
            String prefix = join(base, classPath == null ? "" : classPath.value());
            for (Method m : resource.getMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "get"
                        : m.isAnnotationPresent(POST.class) ? "post"
                        : m.isAnnotationPresent(PUT.class) ? "put"
                        : m.isAnnotationPresent(DELETE.class) ? "delete" : null;
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    implemented.add(verb + " " + join(prefix, sub == null ? "" : sub.value()));
                }
            }
        }
        return implemented;
    }

    /** The operations an OpenAPI JSON document lists. */
    public static Set<String> documented(String json) {
        Set<String> documented = new TreeSet<>();
        try {
            JsonNode paths = ApiJson.MAPPER.readTree(json).path("paths");
            paths.fields().forEachRemaining(p -> p.getValue().fieldNames()
                    .forEachRemaining(verb -> documented.add(verb.toLowerCase(Locale.ROOT) + " " + p.getKey())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documented;
    }

    /** A classpath resource as UTF-8 text (a module's OpenAPI part). */
    public static String read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
