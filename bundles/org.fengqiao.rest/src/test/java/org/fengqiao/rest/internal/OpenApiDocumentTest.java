package org.fengqiao.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The hand-maintained OpenAPI document lists exactly the operations the resources implement. */
class OpenApiDocumentTest {

    private static final List<Class<?>> RESOURCES = List.of(AuthResource.class, DirectoryResource.class,
            BoardResource.class, TicketResource.class, HealthResource.class, OpenApiResource.class,
            FlagResource.class, SupervisionResource.class, WorkQueueResource.class, NotificationResource.class,
            EventStreamResource.class, StatsResource.class, ArticleResource.class, DispatchResource.class,
            LinkageResource.class, ApiKeyResource.class);

    @Test
    void documentMatchesTheResources() throws Exception {
        Set<String> implemented = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "get"
                        : m.isAnnotationPresent(POST.class) ? "post"
                        : m.isAnnotationPresent(javax.ws.rs.DELETE.class) ? "delete" : null;
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    implemented.add(verb + " " + join(base, sub == null ? "" : sub.value()));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            JsonNode paths = new ObjectMapper().readTree(in).path("paths");
            paths.fields().forEachRemaining(p -> p.getValue().fieldNames()
                    .forEachRemaining(verb -> documented.add(verb.toLowerCase(Locale.ROOT) + " " + p.getKey())));
        }
        assertEquals(implemented, documented);
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
