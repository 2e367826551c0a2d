package org.fengqiao.web.internal;

import javax.servlet.http.HttpServletResponse;

/**
 * Headers on every page and file of the site. Scripts, styles and connections come from this origin only, with no
 * inline script or style and no {@code eval}: a user's text that slipped into the markup could not run.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'; manifest-src 'self'; worker-src 'self'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(self), geolocation=(self), microphone=()");
    }
}
