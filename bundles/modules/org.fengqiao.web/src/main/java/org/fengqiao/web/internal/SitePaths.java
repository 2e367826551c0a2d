package org.fengqiao.web.internal;

import java.util.Map;
import java.util.regex.Pattern;

/** Which request paths the site answers at all, and the media type of each file it serves. */
final class SitePaths {

    private static final Pattern SAFE = Pattern.compile("/([A-Za-z0-9_-][A-Za-z0-9_.-]*/?)*");
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"), Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"), Map.entry("json", "application/json;charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain;charset=utf-8"));

    private SitePaths() {
    }

    /** Plain names only: no {@code ..}, no empty or hidden segments, no encoded or odd characters. */
    static boolean safe(String path) {
        return SAFE.matcher(path).matches() && !path.contains("..") && !path.contains("//");
    }

    /** Text files are sent gzip-compressed to browsers that take it. */
    static boolean compressible(String name) {
        String type = contentType(name);
        return type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("application/manifest")
                || type.startsWith("image/svg");
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.strip().split(";");
            if (coding[0].strip().equalsIgnoreCase("gzip")
                    && !(coding.length > 1 && coding[1].replace(" ", "").matches("q=0(\\.0*)?"))) {
                return true;
            }
        }
        return false;
    }

    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        return type == null ? "application/octet-stream" : type;
    }
}
