package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Boots the built distribution archive the way an operator does (bin/karaf), offline: Maven resolution is pointed
 * at an empty local repository and no remote one, so every bundle must come from the archive. Then loads the demo
 * profile, and checks that data survives a restart. Prints start-up figures.
 */
public class DistributionIT {

    private static final int PORT = 18281;
    private static Path home;
    private static Process karaf;
    private final Http http = new Http(PORT);

    @BeforeClass
    public static void unpack() throws Exception {
        Path work = Path.of(System.getProperty("project.build.directory"), "distribution-it");
        deleteTree(work);
        Files.createDirectories(work);
        run(work, "tar", "xzf", System.getProperty("fengqiao.distribution"), "-C", work.toString());
        try (Stream<Path> dirs = Files.list(work)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path etc = home.resolve("etc");
        setProperty(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(PORT));
        setProperty(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", "18201");
        setProperty(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort", "11199");
        setProperty(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", "44545");
        Path emptyRepository = Files.createDirectories(work.resolve("empty-local-repository"));
        setProperty(etc.resolve("org.ops4j.pax.url.mvn.cfg"), "org.ops4j.pax.url.mvn.localRepository",
                emptyRepository.toString());
        Files.copy(Path.of(System.getProperty("fengqiao.demo.cfg")), etc.resolve("org.fengqiao.demo.cfg"));
    }

    @AfterClass
    public static void stop() throws Exception {
        shutdown();
    }

    @Test
    public void bootsOfflineWithDemoDataAndKeepsDataAcrossARestart() throws Exception {
        long started = start();
        Http.Response health = Poll.until("health to answer", Duration.ofSeconds(120), () -> http.get("/health"),
                r -> r.status() == 200);
        System.out.printf("BENCH start -> first /api/v1/health answer: %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertEquals("up", health.json().path("status").asText());

        // the demo profile loads once: named staff in every role, citizens, tickets in every state
        Poll.until("demo tickets on every board", Duration.ofSeconds(120), this::demoTicketsPerBoard,
                counts -> counts.size() == 13 && counts.values().stream().allMatch(c -> c >= 4));
        for (String user : List.of("citizen.demo", "officer.demo", "leader.demo", "admin.demo")) {
            http.login(user, "fengqiao-demo");
        }
        List<String> roles = new ArrayList<>();
        for (Object role : List.of("officer", "leader", "department_staff", "lawyer", "deputy", "grid_worker",
                "property_manager", "committee_member", "supervisor", "admin")) {
            Http.Response staff = http.get("/staff?role=" + role);
            assertTrue("demo staff with role " + role, staff.json().size() >= 1);
            roles.add(role.toString());
        }
        assertEquals(10, roles.size());
        List<String> states = new ArrayList<>();
        for (String state : List.of("submitted", "accepted", "assigned", "in_progress", "resolved", "closed",
                "rejected", "reopened")) {
            long count = 0;
            for (String board : demoTicketsPerBoard().keySet()) {
                count += http.get("/boards/" + board + "/tickets?state=" + state).json().path("total").asLong();
            }
            assertTrue("demo tickets in state " + state, count > 0);
            states.add(state);
        }
        long householdBefore = http.get("/boards/household/tickets").json().path("total").asLong();
        String token = http.login("citizen.demo", "fengqiao-demo");
        Http.Response posted = http.post("/boards/household/tickets", Map.of("category", "general", "title",
                "重启之后还在吗", "body", "检查数据是否保存。", "fields", Map.of("applicant_relation", "self")), token);
        assertEquals(posted.text(), 201, posted.status());
        long id = posted.json().path("id").asLong();
        System.out.printf("BENCH resident memory after start (java process RSS): %d MB%n", residentMegabytes());

        shutdown();
        long restarted = start();
        Poll.until("health after restart", Duration.ofSeconds(120), () -> http.get("/tickets/" + id),
                r -> r.status() == 200);
        System.out.printf("BENCH restart keeping data/ -> ticket readable: %d ms%n",
                (System.nanoTime() - restarted) / 1_000_000);
        assertEquals("重启之后还在吗", http.get("/tickets/" + id).json().path("ticket").path("title").asText());
        // resources that arrive late after a restart rebuild the application for a few ms: read the list once it answers
        Http.Response household = Poll.until("the household list after restart", Duration.ofSeconds(60),
                () -> http.get("/boards/household/tickets"), r -> r.status() == 200 && r.json().has("total"));
        assertEquals("demo data is not loaded twice", householdBefore + 1, household.json().path("total").asLong());
        http.login("citizen.demo", "fengqiao-demo");
    }

    /** Stored tickets per installed board, as the public lists count them. */
    private Map<String, Long> demoTicketsPerBoard() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (com.fasterxml.jackson.databind.JsonNode board : http.get("/boards").json()) {
            String id = board.path("id").asText();
            counts.put(id, http.get("/boards/" + id + "/tickets").json().path("total").asLong());
        }
        return counts;
    }

    private static long start() throws IOException {
        long t = System.nanoTime();
        karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("karaf-console.log").toFile()).start();
        return t;
    }

    private static void shutdown() throws Exception {
        if (karaf == null || !karaf.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(karaf.descendants().toList());
        run(home, home.resolve("bin/stop").toString());
        if (!karaf.waitFor(90, TimeUnit.SECONDS)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            karaf.destroyForcibly();
        }
        for (ProcessHandle p : tree) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static long residentMegabytes() throws IOException {
        long kb = 0;
        for (ProcessHandle p : karaf.descendants().toList()) {
            Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
            if (Files.exists(status) && p.info().command().orElse("").endsWith("java")) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        kb += Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            }
        }
        return kb / 1024;
    }

    private static void setProperty(Path file, String key, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.removeIf(l -> l.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*"));
        lines.add(key + " = " + value);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
