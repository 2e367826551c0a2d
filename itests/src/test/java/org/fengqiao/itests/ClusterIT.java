package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two distributions on one PostgreSQL database behind HAProxy, started by {@code bench/two-nodes.sh} as an operator
 * would: a ticket made on node A is listed, handled and escalated from node B; four sweeps racing on both nodes
 * escalate each ticket once; B's event stream carries A's events within a second; and killing A (SIGKILL) under a
 * load of posts through the balancer loses no acknowledged post while B takes A's claimed work over within the lease
 * term. Runs in the PostgreSQL execution only.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ClusterIT {

    private static final int A = 8281;
    private static final int B = 8381;
    private static final int BALANCER = 8480;
    private static final String DATABASE = TestDatabase.databaseName("cluster");
    private static final int LEASE_SECONDS = 6;
    private static final String CONSOLE_USER = "fqcluster";
    private static final Path ROOT = Path.of(System.getProperty("fengqiao.root"));
    private static final Path WORK = Path.of(System.getProperty("project.build.directory"), "cluster-it");

    private final Http a = new Http(A);
    private final Http b = new Http(B);
    private final Http balancer = new Http(BALANCER);

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        Path cfg = Files.createDirectories(WORK.resolve("cfg"));
        // short leases and heartbeats, so that a take-over is quick to watch
        Files.writeString(cfg.resolve("org.fengqiao.cluster.cfg"), "lease.seconds = " + LEASE_SECONDS
                + "\nheartbeat.seconds = 1\nnode.timeout.seconds = 4\n");
        // Baotou's routing, with household questions overdue two seconds after they are posted
        Files.writeString(cfg.resolve("org.fengqiao.ticketing.cfg"),
                Files.readString(ROOT.resolve("config/baotou/org.fengqiao.ticketing.cfg"), StandardCharsets.UTF_8)
                        + "\ndeadline.household.general.first-response = PT2S\nescalation.interval = PT1H\n",
                StandardCharsets.UTF_8);
        Files.writeString(cfg.resolve("org.fengqiao.rest.limits.cfg"), "login.attempts.per_address = 100000\n"
                + "registrations.per_address = 100000\ntickets.per_account = 100000\n");
        Process start = script("start", cfg);
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("two-nodes.sh start did not end", start.waitFor(10, TimeUnit.MINUTES));
        assertEquals(output, 0, start.exitValue());
        assertTrue(output, output.contains("balancer: http://127.0.0.1:" + BALANCER + "/"));
        for (int port : List.of(A, B)) {
            Files.writeString(home(port).resolve("etc/users.properties"), CONSOLE_USER + " = " + CONSOLE_USER
                    + ",_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n",
                    StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
        }
    }

    @AfterClass
    public static void stopTwoNodes() throws Exception {
        Process stop = script("stop", null);
        stop.getInputStream().transferTo(System.out);
        assertTrue(stop.waitFor(5, TimeUnit.MINUTES));
    }

    private static Process script(String command, Path cfg, String... arguments) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash", ROOT.resolve("bench/two-nodes.sh").toString(), command));
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("FENGQIAO_TWO_NODES_DIR", WORK.resolve("nodes").toString());
        builder.environment().put("FENGQIAO_TWO_NODES_DB", DATABASE);
        if (cfg != null) {
            builder.environment().put("FENGQIAO_TWO_NODES_CFG", cfg.toString());
        }
        return builder.start();
    }

    private static Path home(int port) {
        return WORK.resolve("nodes").resolve("node-" + port);
    }

    @Test
    public void aTicketMadeOnAIsListedHandledAndEscalatedFromB() throws Exception {
        String citizen = a.login("citizen.demo", "fengqiao-demo");
        // B keeps the public board page it answered: A's post must still show on it at once
        int before = b.get("/boards/household/tickets?size=100").json().path("total").asInt();
        long id = a.post("/boards/household/tickets", householdPost("两个节点：A 上发的帖子"), citizen).json()
                .path("id").asLong();
        JsonNode page = b.get("/boards/household/tickets?size=100").json();
        assertEquals(before + 1, page.path("total").asInt());
        assertTrue(page.path("items").findValuesAsText("id").contains(String.valueOf(id)));

        String officer = b.login("officer.demo", "fengqiao-demo");
        Http.Response accepted = b.post("/tickets/" + id + "/transitions", Map.of("action", "accept",
                "version", 1), officer);
        assertEquals(accepted.text(), 200, accepted.status());
        Http.Response reply = b.post("/tickets/" + id + "/replies", Map.of("body", "B 节点上的答复：带户口簿到窗口办理。"),
                officer);
        assertEquals(reply.text(), 201, reply.status());
        JsonNode onA = a.get("/tickets/" + id).json();
        assertEquals("accepted", onA.path("ticket").path("state").asText());
        assertTrue(onA.toString(), onA.path("timeline").toString().contains("B 节点上的答复"));

        // four sweeps at once, two on each node, over posts that are overdue
        String admin = a.login("admin.demo", "fengqiao-demo");
        List<Long> overdue = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            overdue.add(a.post("/boards/household/tickets", householdPost("逾期 " + i), citizen).json().path("id")
                    .asLong());
        }
        for (long post : overdue) { // the posts' two-second deadline runs out
            Poll.until("post " + post + " overdue", Duration.ofSeconds(30), () -> a.get("/tickets/" + post, admin),
                    r -> r.status() == 200 && r.json().path("ticket").path("overdue").asBoolean());
        }
        List<CompletableFuture<String>> sweeps = new ArrayList<>();
        for (int port : List.of(A, B, A, B)) {
            sweeps.add(CompletableFuture.supplyAsync(() -> console(port, "fengqiao:escalate")));
        }
        int escalated = 0;
        for (CompletableFuture<String> sweep : sweeps) {
            String out = sweep.get(3, TimeUnit.MINUTES);
            escalated += Integer.parseInt(out.replaceAll("(?s).*escalated (\\d+).*", "$1"));
        }
        for (long ticket : overdue) {
            JsonNode details = (ticket % 2 == 0 ? a : b).get("/tickets/" + ticket, admin).json();
            assertEquals(details.toString(), 1, details.path("ticket").path("deadlines").path("escalationLevel").asInt());
            assertEquals(1, kinds(details).stream().filter("escalated"::equals).count());
        }
        assertTrue("the four sweeps escalated " + escalated, escalated >= overdue.size());
        System.out.printf("BENCH four racing sweeps on two nodes: %d escalations reported for %d overdue posts%n",
                escalated, overdue.size());
    }

    @Test
    public void bEventsOnAReachTheStreamOnBWithinASecond() throws Exception {
        String citizen = a.login("citizen.demo", "fengqiao-demo");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + B + "/api/v1/events")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertEquals("event: ready", lines.readLine());
        long posted = System.nanoTime();
        long id = a.post("/boards/household/tickets", householdPost("A 的事件到 B"), citizen).json().path("id")
                .asLong();
        CompletableFuture<Long> seen = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = lines.readLine()) != null;) {
                    if (line.startsWith("data:") && line.contains("\"ticketId\":" + id + ",")) {
                        return System.nanoTime();
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long arrived = seen.get(10, TimeUnit.SECONDS);
        stream.body().close();
        long ms = TimeUnit.NANOSECONDS.toMillis(arrived - posted);
        System.out.printf("BENCH event made on node A seen on node B's stream after %d ms (post included)%n", ms);
        assertTrue("A's event reached B after " + ms + " ms", ms < 1_000);
    }

    /**
     * The upgrade procedure of docs/operations.md under load through the balancer: the next version's expanding
     * migration is applied while both nodes serve (a new column, a new table), then the nodes restart one at a time,
     * each drained by the balancer first: not one request fails.
     */
    @Test
    public void cARollingUpgradeKeepsServingAndLosesNothing() throws Exception {
        String citizen = balancer.login("citizen.demo", "fengqiao-demo");
        long before = a.post("/boards/household/tickets", householdPost("升级之前"), citizen).json().path("id").asLong();
        Load load = Load.start(balancer, citizen, 2);
        try (Connection c = database()) {
            c.createStatement().execute("ALTER TABLE FQ_TICKET ADD COLUMN NEXT_VERSION_NOTE VARCHAR(200)");
            c.createStatement().execute("CREATE TABLE FQ_NEXT_VERSION_THING (ID BIGINT PRIMARY KEY)");
        }
        load.awaitMore(20);
        for (String node : List.of("b", "a")) {
            Process restart = script("restart", null, node);
            String output = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue("restart of " + node + " did not end", restart.waitFor(5, TimeUnit.MINUTES));
            assertEquals(output, 0, restart.exitValue());
            load.awaitMore(20);
        }
        List<Long> acknowledged = load.stop();
        for (Http node : List.of(a, b)) {
            assertEquals(200, node.get("/tickets/" + before).status());
            assertEquals(201, node.post("/boards/household/tickets", householdPost("升级之后"), citizen).status());
        }
        List<Long> lost = acknowledged.stream().filter(t -> b.get("/tickets/" + t).status() != 200).toList();
        System.out.printf("BENCH rolling upgrade (expanding migration, then B and A drained and restarted) under load:"
                + " %d posts acknowledged, %d lost, %d requests failed %s%n", acknowledged.size(), lost.size(),
                load.failed(), load.failures());
        assertEquals("acknowledged posts lost", List.of(), lost);
        assertEquals("requests failed while the drained nodes restarted, by status", Map.of(), load.failures());
    }

    @Test
    public void zKillingANodeUnderLoadLosesNoAcknowledgedPostAndTheOtherTakesItsWorkOver() throws Exception {
        // the node that serves the audit trail is killed; the other must take its work over
        String nodeA = nodeId("node-" + A);
        String nodeB = nodeId("node-" + B);
        String holder = Poll.until("a node to hold the audit trail", Duration.ofSeconds(60),
                () -> leasesOf(nodeA).contains("outbox:audit") ? nodeA
                        : leasesOf(nodeB).contains("outbox:audit") ? nodeB : null, h -> h != null);
        int victim = holder.equals(nodeA) ? A : B;
        int survivor = victim == A ? B : A;
        String survivorId = victim == A ? nodeB : nodeA;
        List<String> heldByVictim = leasesOf(holder);

        String citizen = balancer.login("citizen.demo", "fengqiao-demo");
        Load load = Load.start(balancer, citizen, 4);
        load.awaitMore(200);
        long killed = System.nanoTime();
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains("karaf.base=" + home(victim))).forEach(ProcessHandle::destroyForcibly);
        load.awaitMore(100);
        List<Long> acknowledged = load.stop();

        // the survivor took every piece of work the victim held, within the lease term (plus a heartbeat's slack)
        Poll.until("node-" + survivor + " to hold " + heldByVictim, Duration.ofSeconds(LEASE_SECONDS * 2 + 5),
                () -> leasesOf(survivorId), l -> l.containsAll(heldByVictim.stream()
                        .filter(w -> w.startsWith("outbox:")).toList()));
        long takenOver = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
        long newest = single("SELECT MAX(ID) FROM FQ_TICKET_EVENT");
        Poll.until("the audit trail to catch up on node-" + survivor, Duration.ofSeconds(30),
                () -> single("SELECT LAST_EVENT_ID FROM FQ_EVENT_CURSOR WHERE LISTENER = 'audit'"), c -> c >= newest);

        Http alive = new Http(survivor);
        List<Long> lost = acknowledged.stream().filter(t -> alive.get("/tickets/" + t).status() != 200).toList();
        System.out.printf("BENCH kill -9 of node-%d under load through the balancer: %d posts acknowledged, %d lost,"
                + " %d requests failed %s; its work held by node-%d %d ms after the kill (lease %d s)%n", victim,
                acknowledged.size(), lost.size(), load.failed(), load.failures(), survivor, takenOver, LEASE_SECONDS);
        assertEquals("acknowledged posts lost", List.of(), lost);
        Poll.until("the killed node shown as gone", Duration.ofSeconds(10), () -> {
            Map<String, Boolean> now = new HashMap<>();
            alive.get("/health", alive.login("admin.demo", "fengqiao-demo")).json().path("cluster").path("nodes")
                    .forEach(n -> now.put(n.path("name").asText(), n.path("alive").asBoolean()));
            return now;
        }, now -> Boolean.FALSE.equals(now.get("node-" + victim)) && Boolean.TRUE.equals(now.get("node-" + survivor)));
    }

    /** Clients posting through the balancer as fast as they can; what was answered 201 is acknowledged. */
    private static final class Load {
        private final List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean posting = new AtomicBoolean(true);
        /** Failed requests by status, 0 for a broken connection. */
        private final Map<Integer, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<Thread> clients = new ArrayList<>();

        static Load start(Http through, String token, int clients) {
            Load load = new Load();
            for (int c = 0; c < clients; c++) {
                Thread client = new Thread(() -> {
                    for (int i = 0; load.posting.get(); i++) {
                        try {
                            Http.Response r = through.post("/boards/household/tickets", householdPost("负载 " + i),
                                    token);
                            if (r.status() == 201) {
                                load.acknowledged.add(r.json().path("id").asLong());
                            } else {
                                load.failures.merge(r.status(), 1, Integer::sum);
                            }
                        } catch (RuntimeException broken) {
                            // the connection to a stopped node broke: not acknowledged, nothing to find later
                            load.failures.merge(0, 1, Integer::sum);
                        }
                    }
                });
                client.start();
                load.clients.add(client);
            }
            return load;
        }

        void awaitMore(int posts) {
            int target = acknowledged.size() + posts;
            Poll.until(posts + " more posts", Duration.ofSeconds(120), acknowledged::size, n -> n >= target);
        }

        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Failed requests by status, 0 for a broken connection. */
        Map<Integer, Integer> failures() {
            return Map.copyOf(failures);
        }

        List<Long> stop() throws InterruptedException {
            posting.set(false);
            for (Thread client : clients) {
                client.join(30_000);
            }
            return List.copyOf(acknowledged);
        }
    }

    private static Map<String, Object> householdPost(String title) {
        return Map.of("category", "general", "title", title, "body", "两个节点共用一个数据库。", "fields",
                Map.of("applicant_relation", "self"));
    }

    private static List<String> kinds(JsonNode details) {
        List<String> kinds = new ArrayList<>();
        details.path("timeline").forEach(e -> kinds.add(e.path("kind").asText()));
        return kinds;
    }

    /** Runs a command at a node's Karaf console and answers what it printed. */
    private static String console(int port, String command) {
        try {
            Path home = home(port);
            Process p = new ProcessBuilder(home.resolve("bin/client").toString(), "-a",
                    String.valueOf(port / 100 * 100 + 11), "-u", CONSOLE_USER, "-p", CONSOLE_USER, "-r", "30", "-d",
                    "2", "-b").directory(home.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue("console did not end", p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(command + ": " + output, 0, p.exitValue());
            return output;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestDatabase.SERVER + DATABASE, "postgres", "");
    }

    private static String nodeId(String name) throws SQLException {
        try (Connection c = database(); PreparedStatement q = c.prepareStatement(
                "SELECT ID FROM FQ_NODE WHERE NAME = ? ORDER BY STARTED_AT DESC")) {
            q.setString(1, name);
            try (ResultSet r = q.executeQuery()) {
                assertTrue("node " + name + " registered", r.next());
                return r.getString(1);
            }
        }
    }

    private static List<String> leasesOf(String node) {
        try (Connection c = database(); PreparedStatement q = c.prepareStatement(
                "SELECT WORK_NAME FROM FQ_LEASE WHERE HOLDER = ? ORDER BY WORK_NAME")) {
            q.setString(1, node);
            List<String> work = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    work.add(r.getString(1));
                }
            }
            return work;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(String sql) {
        try (Connection c = database(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
