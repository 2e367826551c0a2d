package org.fengqiao.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void servesPlainNamesOnly() {
        assertTrue(SitePaths.safe("/"));
        assertTrue(SitePaths.safe("/ui/core/shell.js"));
        assertTrue(SitePaths.safe("/console/"));
        assertTrue(SitePaths.safe("/webjars/lit-html/directives/repeat.js"));
        assertFalse(SitePaths.safe("/ui/../META-INF/MANIFEST.MF"));
        assertFalse(SitePaths.safe("/ui//core.js"));
        assertFalse(SitePaths.safe("/ui/.hidden"));
        assertFalse(SitePaths.safe("/ui/%2e%2e/x"));
        assertFalse(SitePaths.safe("/ui/a\\b"));
        assertFalse(SitePaths.safe("ui/x.js"));
    }

    @Test
    void namesTheMediaTypes() {
        assertEquals("text/javascript;charset=utf-8", SitePaths.contentType("web/ui/main.js"));
        assertEquals("application/manifest+json;charset=utf-8", SitePaths.contentType("field/app.webmanifest"));
        assertEquals("text/html;charset=utf-8", SitePaths.contentType("web/index.html"));
        assertEquals("application/octet-stream", SitePaths.contentType("web/LICENSE"));
    }

    @Test
    void compressesTextForBrowsersThatTakeGzip() {
        assertTrue(SitePaths.compressible("webjars/echarts/dist/echarts.common.min.js"));
        assertFalse(SitePaths.compressible("ui/photo.png"));
        assertTrue(SitePaths.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(SitePaths.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertFalse(SitePaths.acceptsGzip("gzip;q=0"));
        assertFalse(SitePaths.acceptsGzip("identity"));
        assertFalse(SitePaths.acceptsGzip(null));
    }
}
