package org.fengqiao.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web site: the portal at {@code /}, the console at {@code /console/}, the applications modules bring
 * ({@code /field/}), the shared scripts at {@code /ui/}, the modules' pages at {@code /ui/modules/<id>/} and the
 * browser libraries at {@code /webjars/<name>/}. Everything it serves is a file of a bundle, or built from the
 * modules present now; nothing is written by users.
 */
@Component(service = Servlet.class, configurationPid = WebSettings.PID)
@Designate(ocd = WebSettings.class)
@HttpWhiteboardServletName("fengqiao-site")
@HttpWhiteboardServletPattern("/")
public class SiteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Bundle own;
    private final transient WebModules modules;
    private final transient ObjectMapper json = new ObjectMapper();
    private final transient Map<String, String> libraries;
    private final transient Map<String, byte[]> compressed = new java.util.concurrent.ConcurrentHashMap<>();
    private transient volatile WebSettings settings;

    @Activate
    public SiteServlet(BundleContext context, @Reference WebModules modules, WebSettings settings) {
        this.own = context.getBundle();
        this.modules = modules;
        this.settings = settings;
        this.libraries = libraries(own.getHeaders("").get("Fengqiao-Web-Libraries"));
    }

    @Modified
    void modified(WebSettings changed) {
        this.settings = changed;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!SitePaths.safe(path)) {
            notFound(response);
            return;
        }
        if (path.equals("/console") || isAppRoot(path)) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + path + "/");
            return;
        }
        if (path.equals("/ui/config.json")) {
            generated(request, response, config());
            return;
        }
        if (path.equals("/ui/modules.json")) {
            generated(request, response, manifest());
            return;
        }
        Optional<Resource> resource = resolve(path);
        if (resource.isEmpty()) {
            notFound(response);
            return;
        }
        send(request, response, resource.get());
    }

    private boolean isAppRoot(String path) {
        return path.length() > 1 && path.indexOf('/', 1) < 0 && modules.app(path.substring(1)).isPresent();
    }

    /** A file of a bundle, and the tag that changes when the bundle does. */
    record Resource(URL url, String name, String tag) {
    }

    private Optional<Resource> resolve(String path) {
        if (path.equals("/") || path.equals("/index.html") || path.equals("/console/")) {
            return file(own, "web/index.html"); // the script picks the portal or the console by the path
        }
        if (path.startsWith("/ui/modules/")) {
            String rest = path.substring("/ui/modules/".length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            return modules.module(rest.substring(0, slash))
                    .flatMap(m -> file(m.bundle(), m.folder() + "/" + rest.substring(slash + 1)));
        }
        if (path.startsWith("/ui/")) {
            return file(own, "web" + path);
        }
        if (path.startsWith("/webjars/")) {
            String rest = path.substring("/webjars/".length());
            int slash = rest.indexOf('/');
            String version = slash < 0 ? null : libraries.get(rest.substring(0, slash));
            return version == null ? Optional.empty()
                    : file(own, "META-INF/resources/webjars/" + rest.substring(0, slash) + "/" + version
                            + rest.substring(slash));
        }
        int slash = path.indexOf('/', 1);
        if (slash > 0) {
            String app = path.substring(1, slash);
            String rest = path.substring(slash + 1);
            return modules.app(app).flatMap(m -> file(m.bundle(),
                    m.folder() + "/" + m.apps().get(app) + "/" + (rest.isEmpty() ? "index.html" : rest)));
        }
        return Optional.empty();
    }

    private static Optional<Resource> file(Bundle bundle, String entry) {
        URL url = bundle.getEntry(entry);
        if (url == null || entry.endsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(new Resource(url, entry, "\"" + bundle.getBundleId() + "-" + bundle.getLastModified() + "\""));
    }

    private void send(HttpServletRequest request, HttpServletResponse response, Resource resource) throws IOException {
        boolean gzip = SitePaths.compressible(resource.name()) && SitePaths.acceptsGzip(request.getHeader("Accept-Encoding"));
        String tag = gzip ? resource.tag().replace("\"", "") + "-gzip" : resource.tag().replace("\"", "");
        tag = "\"" + tag + "\"";
        SecurityHeaders.apply(response);
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Encoding");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(SitePaths.contentType(resource.name()));
        if (resource.name().endsWith("/sw.js")) {
            response.setHeader("Service-Worker-Allowed", "./");
        }
        if (gzip) {
            byte[] body = compressed.computeIfAbsent(tag + resource.url(), k -> compress(resource.url()));
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        try (InputStream in = resource.url().openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** Bundle files compressed once per version of their bundle (a bundle update changes the tag). */
    private static byte[] compress(URL url) {
        try (InputStream in = url.openStream()) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
                in.transferTo(out);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void generated(HttpServletRequest request, HttpServletResponse response, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        String tag = "\"" + sha256(bytes) + "\"";
        SecurityHeaders.apply(response);
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "no-cache");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(bytes);
    }

    private Map<String, Object> config() {
        WebSettings s = settings;
        return Map.of("city", Map.of("zh", s.city_name_zh(), "en", s.city_name_en()), "zone", s.zone(),
                "defaultLanguage", s.default_language().equals("en") ? "en" : "zh");
    }

    private Map<String, Object> manifest() {
        List<Map<String, Object>> list = modules.all().stream().map(m -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", m.id());
            entry.put("version", m.version());
            entry.put("base", "/ui/modules/" + m.id() + "/");
            entry.put("pages", m.pages());
            entry.put("widgets", m.widgets());
            entry.put("apps", m.apps().keySet());
            entry.put("messages", m.messages());
            return entry;
        }).toList();
        return Map.of("modules", list);
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(
                "{\"error\":\"page_not_found\",\"message\":\"No such page\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> libraries(String header) {
        Map<String, String> map = new LinkedHashMap<>();
        if (header != null) {
            for (String item : header.split(",")) {
                String[] parts = item.strip().split("/");
                map.put(parts[0], parts[1]);
            }
        }
        return map;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
