package org.fengqiao.rest.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.Set;

import org.fengqiao.rest.api.internal.ModuleVersions.Published;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class ModuleVersionsTest {

    private final ModuleVersions versions = new ModuleVersions(null);
    private final Set<String> serving = new HashSet<>();

    private Published publish(String version, long serviceId) {
        Published p = new Published("hours", Version.parseVersion(version), serviceId,
                "/api/v1/hours/@" + version);
        versions.changeVersions("hours", p, null);
        return p;
    }

    private String route(String path) {
        return versions.route(path, serving::contains);
    }

    @Test
    void pathsOfOtherModulesAndOfTheCoreAreLeftAlone() {
        serving.add(publish("1.0.0", 10).base());
        assertNull(route("/api/v1/boards"));
        assertNull(route("/api/v1/hoursx/entries"));
        assertNull(route("/hotline/v1/hours"));
        assertNull(route("/console/"));
    }

    @Test
    void theModulesPathsGoToItsPublishedBase() {
        serving.add(publish("1.0.0", 10).base());
        assertEquals("/api/v1/hours/@1.0.0/entries", route("/api/v1/hours/entries"));
        assertEquals("/api/v1/hours/@1.0.0/", route("/api/v1/hours"));
        assertEquals("/api/v1/hours/@1.0.0/", route("/api/v1/hours/"));
    }

    @Test
    void aPathNamingAVersionIsServedByThatVersion() {
        serving.add(publish("1.0.0", 10).base());
        serving.add(publish("1.0.1", 11).base());
        assertNull(route("/api/v1/hours/@1.0.0/entries"));
    }

    @Test
    void aNewerVersionServesOnlyOnceItAnswers() {
        serving.add(publish("1.0.0", 10).base());
        Published newer = publish("1.0.1", 11);
        assertEquals("/api/v1/hours/@1.0.0/entries", route("/api/v1/hours/entries"));
        serving.add(newer.base());
        assertEquals("/api/v1/hours/@1.0.1/entries", route("/api/v1/hours/entries"));
    }

    @Test
    void theHighestVersionServesWhicheverCameFirst() {
        serving.add(publish("2.0.0", 10).base());
        serving.add(publish("1.9.3", 11).base());
        assertEquals("/api/v1/hours/@2.0.0/x", route("/api/v1/hours/x"));
    }

    @Test
    void whenTheServingVersionLeavesTheNextServesAtOnce() {
        serving.add(publish("1.0.0", 10).base());
        serving.add(publish("1.0.1", 11).base());
        assertEquals("/api/v1/hours/@1.0.1/x", route("/api/v1/hours/x"));
        versions.changeVersions("hours", null, 11L);
        assertEquals("/api/v1/hours/@1.0.0/x", route("/api/v1/hours/x"));
        versions.changeVersions("hours", null, 10L);
        assertNull(route("/api/v1/hours/x"));
    }

    @Test
    void equalVersionsServeByTheEarlierRegistration() {
        serving.add(publish("1.0.0", 12).base());
        publish("1.0.0", 11);
        assertEquals(11L, versions.versions("hours").get(0).serviceId());
    }
}
