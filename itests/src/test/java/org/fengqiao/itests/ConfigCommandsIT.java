package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Karaf's own configuration commands on the shipped Chinese settings (issue: config:* re-reads a .cfg file as
 * ISO-8859-1). For every shipped PID with non-ASCII values: config:edit, config:property-set of an unrelated key,
 * config:update through the console; every other value stays as it was and the emergency keywords still alert, also
 * after a restart. Two probe files show what the start-time check reports: one written as raw UTF-8, one holding
 * what config:* leaves of such a value.
 */
public class ConfigCommandsIT {

    private static final int PORT = 18481;
    private static final String PROBE = "org.fengqiao.probe";
    private static final String RAW = PROBE + ".raw";
    private static final String GARBLED = PROBE + ".garbled";
    private static final String USER = "fqconsole";
    private static Distribution distribution;
    private final Http http = new Http(PORT);

    @BeforeClass
    public static void unpack() throws Exception {
        distribution = Distribution.unpack("config-commands-it", PORT, 18401, 11499, 44845);
        Files.writeString(distribution.etc("users.properties"), USER + " = " + USER + ",_g_:admingroup\n"
                + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n", StandardCharsets.ISO_8859_1,
                java.nio.file.StandardOpenOption.APPEND);
        // what an administrator might type into a file: raw UTF-8, fine for File Install, not for config:*
        Files.writeString(distribution.etc(RAW + ".cfg"), "note = 测试\n", StandardCharsets.UTF_8);
        // what config:* leaves of such a value: the UTF-8 bytes of 测试 as ISO-8859-1 characters, escaped
        Files.writeString(distribution.etc(GARBLED + ".cfg"), "note = \\u00E6\\u00B5\\u008B\\u00E8\\u00AF\\u0095\n",
                StandardCharsets.ISO_8859_1);
    }

    @AfterClass
    public static void stop() throws Exception {
        distribution.stop();
    }

    @Test
    public void shippedSettingsSurviveKarafsConfigCommandsAndARestart() throws Exception {
        Map<String, Map<String, String>> shipped = shippedNonAsciiSettings();
        assertTrue(shipped.keySet().toString(), shipped.keySet().containsAll(List.of("org.fengqiao.ticketing",
                "org.fengqiao.identity.units", "org.fengqiao.linkage", "org.fengqiao.open311")));
        for (String pid : shipped.keySet()) {
            assertTrue(pid + ".cfg holds its values as \\uXXXX escapes", propertyLinesAreAscii(pid));
        }
        distribution.start();
        String admin = ready();
        List<JsonNode> atStart = findings(admin);
        assertEquals(atStart.toString(), List.of(GARBLED + " note mojibake", RAW + " note raw_utf8"),
                describe(atStart));
        assertTrue(isEmergency("楼道里有人持刀威胁住户"));
        // typed settings: the console shows each PID's fields (item 7 of "Modules that stand alone")
        for (Map.Entry<String, String> meta : Map.of("org.fengqiao.ticketing", "emergency.keywords",
                "org.fengqiao.identity", "password.cost", "org.fengqiao.linkage", "open311.timeout",
                "org.fengqiao.linkage.hotline", "default.category", "org.fengqiao.open311", "jurisdiction_id",
                "org.fengqiao.ticketing.outbox", "retry.pause.ms",
                "org.fengqiao.linkage.water", "open311.service_code.water_supply").entrySet()) {
            String shown = console("config:meta " + meta.getKey());
            assertTrue(meta.getKey() + ": " + shown, shown.contains(meta.getValue()));
        }

        for (String pid : new ArrayList<>(shipped.keySet())) {
            console("config:edit " + pid, "config:property-set fengqiao.checked yes", "config:update");
        }
        for (Map.Entry<String, Map<String, String>> e : shipped.entrySet()) {
            Map<String, String> expected = new TreeMap<>(e.getValue());
            expected.put("fengqiao.checked", "yes");
            Map<String, String> rewritten = new TreeMap<>(Poll.until(e.getKey() + " rewritten",
                    Duration.ofSeconds(30), () -> read(e.getKey()), m -> m.containsKey("fengqiao.checked")));
            rewritten.remove("felix.fileinstall.filename"); // Karaf's config:update records where the file is
            assertEquals(e.getKey(), expected, rewritten);
        }
        // nothing of the shipped settings looks broken to the check; the probes still do
        assertEquals(describe(atStart), describe(findings(admin)));
        assertTrue(isEmergency("着火了，三楼冒烟"));

        distribution.stop();
        distribution.start();
        String adminAgain = ready();
        for (Map.Entry<String, Map<String, String>> e : shipped.entrySet()) {
            assertEquals(e.getKey() + " after restart", e.getValue().get("emergency.keywords"),
                    read(e.getKey()).get("emergency.keywords"));
        }
        assertEquals(describe(atStart), describe(findings(adminAgain)));
        assertTrue(isEmergency("有人落水溺水，快来救命"));
        assertFalse(isEmergency("小区路灯坏了，晚上很黑"));
    }

    /** Health answers and the demo accounts are loaded; returns the demo administrator's token. */
    private String ready() {
        Poll.until("health", Duration.ofSeconds(180), () -> http.get("/health"), r -> r.status() == 200);
        // the demo makes its accounts before its tickets (polling a login instead would count as wrong passwords)
        Poll.until("demo tickets", Duration.ofSeconds(180), () -> http.get("/boards/household/tickets"),
                r -> r.status() == 200 && r.json().path("total").asInt() > 0);
        return token("admin.demo");
    }

    /**
     * An answer of the API, not of the whiteboard: a resource that arrives late after a start rebuilds its
     * application, which answers "No service was found" for a few milliseconds (stack.md).
     */
    private static Http.Response api(java.util.function.Supplier<Http.Response> request) {
        return Poll.until("an answer of the API", Duration.ofSeconds(30), request,
                r -> r.status() != 404 || !r.json().isMissingNode());
    }

    private String token(String user) {
        Http.Response r = api(() -> http.post("/auth/login", Map.of("username", user, "password", "fengqiao-demo"),
                null));
        assertEquals(r.text(), 200, r.status());
        return r.json().path("token").asText();
    }

    private List<JsonNode> findings(String adminToken) {
        Http.Response health = api(() -> http.get("/health", adminToken));
        assertEquals(health.text(), 200, health.status());
        List<JsonNode> list = new ArrayList<>();
        health.json().path("settings").forEach(list::add);
        assertTrue("anyone else gets no settings", api(() -> http.get("/health")).json().path("settings")
                .isMissingNode());
        return list;
    }

    private static List<String> describe(List<JsonNode> findings) {
        return findings.stream().map(f -> f.path("pid").asText() + " " + f.path("key").asText() + " "
                + f.path("problem").asText()).toList();
    }

    private boolean isEmergency(String body) {
        String citizen = token("citizen.demo");
        Map<String, Object> post = Map.of("category", "lost_property", "title", "求助", "body", body, "fields",
                Map.of("location", "昆都仑区少先路", "item_kind", "wallet"));
        Http.Response posted = api(() -> http.post("/boards/help/tickets", post, citizen));
        assertEquals(posted.text(), 201, posted.status());
        return posted.json().path("emergency").asBoolean();
    }

    /** Runs commands in one console session, as an administrator at the Karaf shell. */
    private static String console(String... commands) throws Exception {
        Process p = new ProcessBuilder(distribution.home.resolve("bin/client").toString(), "-a",
                String.valueOf(distribution.sshPort), "-u", USER, "-p", USER, "-r", "30", "-d", "2", "-b")
                .directory(distribution.home.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("console did not end", p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(String.join("; ", commands) + ": " + output, 0, p.exitValue());
        assertFalse(output, output.contains("Error") || output.contains("Command not found"));
        return output;
    }

    /** The file as File Install reads it (UTF-8, escapes decoded). */
    private static Map<String, String> read(String pid) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(distribution.etc(pid + ".cfg"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    private static Map<String, Map<String, String>> shippedNonAsciiSettings() throws IOException {
        Map<String, Map<String, String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(distribution.home.resolve("etc"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("org\\.fengqiao\\..*\\.cfg"))
                    .toList()) {
                String pid = f.getFileName().toString().replaceAll("\\.cfg$", "");
                Map<String, String> values = read(pid);
                if (!pid.startsWith(PROBE) && values.values().stream().anyMatch(v -> v.chars().anyMatch(c -> c > 127))) {
                    found.put(pid, values);
                }
            }
        }
        return found;
    }

    private static boolean propertyLinesAreAscii(String pid) throws IOException {
        return Files.readAllLines(distribution.etc(pid + ".cfg"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .allMatch(l -> l.chars().allMatch(c -> c < 128));
    }
}
