import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a running distribution with a loaded year (bench/run.sh starts it): requests/s, p50 and p99 of the
 * board list, ticket view, create, reply, transition, staff queue, figures and Open311, each for a fixed time, beside
 * a no-op JAX-RS endpoint of the same application and raw JDBC inserts on the same machine.
 * <p>
 * A phase sends no request after its time is up, and a request unanswered after 30 s counts as status 0.
 * <p>
 * java -cp <jdbc driver> bench/BenchRun.java <port> <seconds per phase> <connections> <raw JDBC url> <user> <password> <tickets> [core]
 * <p>
 * With {@code core} (bench/two-nodes-bench.sh): the no-op endpoint, the first board page, a ticket view and a create
 * only, the create beside the no-op endpoint.
 */
public class BenchRun {

    /** A request still unanswered after this is counted as status 0 and not waited for. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int TIMED_OUT = 0;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    record Figures(String what, long count, double perSecond, double p50, double p99, Map<Integer, Long> statuses) {
    }

    static String base;
    static int seconds;
    static final List<Figures> TABLE = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        base = "http://127.0.0.1:" + args[0];
        seconds = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        String citizen = login("citizen.demo");
        String officer = login("officer.demo");
        long lastId = Long.parseLong(args[6]);
        boolean core = args.length > 7 && args[7].equals("core");
        System.out.printf("%d s per phase, %d connections (ticket create and raw inserts: 8), views of ids 1-%d%n",
                seconds, connections, lastId);

        String noop = status(base + "/api/v1/ping") == 204 ? "/api/v1/ping" : "/open311/v2/discovery.json";
        // warm-up, not recorded: the JIT compiles the shared request path before the baseline is measured
        run(connections, seconds, () -> get(noop, null));
        run(connections, seconds, () -> get("/api/v1/boards/household/tickets?size=19", null));
        run(connections, seconds, () -> get("/api/v1/tickets/" + (1 + ThreadLocalRandom.current().nextLong(lastId)),
                null));
        Figures baseline = http("no-op JAX-RS endpoint GET " + noop, connections, () -> get(noop, null));
        http("board list, first page", connections, () -> get("/api/v1/boards/household/tickets", null));
        if (core) {
            http("ticket view (random id)", connections,
                    () -> get("/api/v1/tickets/" + (1 + ThreadLocalRandom.current().nextLong(lastId)), null));
            http("ticket create", 8, () -> new Call(post("/api/v1/boards/household/tickets", citizen,
                    "{\"category\":\"general\",\"title\":\"户口咨询 " + System.nanoTime()
                            + "\",\"body\":\"请问集体户口如何迁入新购住房？\",\"fields\":{\"applicant_relation\":\"self\"}}"), null));
            print(baseline, baseline);
            return;
        }
        http("board list, page 500 (rows 10,000-10,019)", connections,
                () -> get("/api/v1/boards/household/tickets?page=500", null));
        Matcher position = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(HTTP.send(get(
                "/api/v1/boards/household/tickets?page=499", null).request(), HttpResponse.BodyHandlers.ofString()).body());
        if (position.find()) {
            String after = position.group(1);
            http("board list, the page after row 10,000 (after=)", connections,
                    () -> get("/api/v1/boards/household/tickets?after=" + after, null));
        }
        http("ticket view (random id)", connections,
                () -> get("/api/v1/tickets/" + (1 + ThreadLocalRandom.current().nextLong(lastId)), null));
        ConcurrentLinkedQueue<Long> created = new ConcurrentLinkedQueue<>();
        Figures create = http("ticket create", 8, () -> {
            HttpRequest r = post("/api/v1/boards/household/tickets", citizen, "{\"category\":\"general\",\"title\":"
                    + "\"户口咨询 " + System.nanoTime() + "\",\"body\":\"请问集体户口如何迁入新购住房？\",\"fields\":{\"applicant_relation\":\"self\"}}");
            return new Call(r, body -> {
                Matcher m = ID.matcher(body);
                if (m.find()) {
                    created.add(Long.parseLong(m.group(1)));
                }
            });
        });
        List<Long> ids = new ArrayList<>(created);
        if (ids.isEmpty()) {
            throw new IllegalStateException("no ticket was created: " + TABLE.get(TABLE.size() - 1));
        }
        ConcurrentLinkedQueue<Long> toAccept = new ConcurrentLinkedQueue<>(ids);
        http("transition (accept, version 1)", connections, () -> {
            Long id = toAccept.poll();
            return id == null ? null : new Call(post("/api/v1/tickets/" + id + "/transitions", officer,
                    "{\"action\":\"accept\",\"version\":1}"), null);
        });
        AtomicLong next = new AtomicLong();
        http("reply (staff)", connections, () -> new Call(post("/api/v1/tickets/"
                + ids.get((int) (next.getAndIncrement() % ids.size())) + "/replies", officer,
                "{\"body\":\"您好，已受理，请携带户口本到窗口办理。\"}"), null));
        http("staff queue (unit)", connections, () -> get("/api/v1/me/queue?scope=unit", officer));
        http("Open311 requests.json (1,000 requests)", connections, () -> get("/open311/v2/requests.json", null));
        Figures raw = rawInserts(args[3], args[4], args[5], 8);
        // the figures last: a slow one keeps the server busy after its phase
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        http("/stats, a month", connections, () -> get("/api/v1/stats?from=" + today.minusDays(29) + "&to=" + today,
                null));
        http("/stats, a year", connections, () -> get("/api/v1/stats?from=" + today.minusDays(364) + "&to=" + today,
                null));
        // the latency targets of the figures and of Open311 are for one request at a time
        http("/stats, a year, one connection", 1, () -> get("/api/v1/stats?from=" + today.minusDays(364) + "&to="
                + today, null));
        http("Open311 requests.json, one connection", 1, () -> get("/open311/v2/requests.json", null));

        print(baseline, raw);
        System.out.println("ratio: of the no-op endpoint; ticket create: of the raw JDBC inserts");
    }

    /** The table: each phase's figures and its ratio to the no-op endpoint (ticket create: to {@code creates}). */
    static void print(Figures baseline, Figures creates) {
        System.out.println();
        System.out.printf("%-44s %8s %9s %9s %9s  %s%n", "", "req/s", "p50 ms", "p99 ms", "ratio", "statuses");
        for (Figures f : TABLE) {
            Figures versus = f.what().startsWith("ticket create") ? creates : baseline;
            System.out.printf("%-44s %8.1f %9.1f %9.1f %8.0f%%  %s%n", f.what(), f.perSecond(), f.p50(), f.p99(),
                    100 * f.perSecond() / versus.perSecond(), f.statuses());
        }
    }

    record Call(HttpRequest request, java.util.function.Consumer<String> onBody) {
    }

    static Call get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return new Call(b.build(), null);
    }

    static HttpRequest post(String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** One phase: as many calls as the connections make in the time (a warm-up second first, not counted). */
    static Figures http(String what, int connections, Supplier<Call> calls) throws Exception {
        run(connections, 1, calls);
        return record(what, run(connections, seconds, calls));
    }

    record Sample(int status, long nanos) {
    }

    record Run(List<Sample> samples, long wallNanos) {
    }

    static Run run(int connections, int duration, Supplier<Call> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long t0 = System.nanoTime();
        long deadline = t0 + duration * 1_000_000_000L;
        List<Future<List<Sample>>> futures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            futures.add(pool.submit(() -> {
                List<Sample> mine = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    Call call = calls.get();
                    if (call == null) {
                        break;
                    }
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = HTTP.send(call.request(), HttpResponse.BodyHandlers.ofString());
                        mine.add(new Sample(r.statusCode(), System.nanoTime() - s));
                        if (call.onBody() != null) {
                            call.onBody().accept(r.body());
                        }
                    } catch (java.net.http.HttpTimeoutException e) {
                        mine.add(new Sample(TIMED_OUT, System.nanoTime() - s));
                    }
                }
                return mine;
            }));
        }
        List<Sample> all = new ArrayList<>();
        for (Future<List<Sample>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return new Run(all, System.nanoTime() - t0);
    }

    static Figures record(String what, Run run) {
        List<Long> ns = new ArrayList<>();
        Map<Integer, Long> statuses = new TreeMap<>();
        for (Sample s : run.samples()) {
            ns.add(s.nanos());
            statuses.merge(s.status(), 1L, Long::sum);
        }
        Collections.sort(ns);
        Figures f = ns.isEmpty() ? new Figures(what, 0, 0, 0, 0, statuses)
                : new Figures(what, ns.size(), ns.size() / (run.wallNanos() / 1e9), ns.get(ns.size() / 2) / 1e6,
                        ns.get(Math.min(ns.size() - 1, (int) (ns.size() * 0.99))) / 1e6, statuses);
        TABLE.add(f);
        System.out.printf("%-44s %7d req %8.1f req/s  p50 %7.1f ms  p99 %7.1f ms  %s%n", what, f.count(),
                f.perSecond(), f.p50(), f.p99(), statuses);
        return f;
    }

    /** What the machine's database does without the application: a ticket row, its first step and its event per commit. */
    static Figures rawInserts(String url, String user, String password, int threads) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user.isEmpty() ? null : user,
                password.isEmpty() ? null : password); Statement s = c.createStatement()) {
            for (String table : List.of("RAW_TICKET", "RAW_STEP", "RAW_EVENT")) {
                try {
                    s.execute("DROP TABLE " + table);
                } catch (java.sql.SQLException absent) {
                    // first run
                }
            }
            s.execute("CREATE TABLE RAW_TICKET (ID BIGINT PRIMARY KEY, BOARD_ID VARCHAR(64), TITLE VARCHAR(200),"
                    + " BODY VARCHAR(4000), AUTHOR_ID BIGINT, STATE VARCHAR(20), CREATED_AT TIMESTAMP)");
            s.execute("CREATE INDEX RAW_TICKET_BOARD ON RAW_TICKET (BOARD_ID, CREATED_AT)");
            s.execute("CREATE TABLE RAW_STEP (ID BIGINT PRIMARY KEY, TICKET_ID BIGINT, KIND VARCHAR(80),"
                    + " ACTOR_ID BIGINT, OCCURRED_AT TIMESTAMP)");
            s.execute("CREATE TABLE RAW_EVENT (ID BIGINT PRIMARY KEY, TICKET_ID BIGINT, KIND VARCHAR(80),"
                    + " OCCURRED_AT TIMESTAMP)");
        }
        AtomicLong ids = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Sample>>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        long deadline = t0 + seconds * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<Sample> mine = new ArrayList<>();
                try (Connection c = DriverManager.getConnection(url, user.isEmpty() ? null : user,
                        password.isEmpty() ? null : password)) {
                    c.setAutoCommit(false);
                    PreparedStatement ticket = c.prepareStatement("INSERT INTO RAW_TICKET VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement step = c.prepareStatement("INSERT INTO RAW_STEP VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement event = c.prepareStatement("INSERT INTO RAW_EVENT VALUES (?, ?, ?, ?)");
                    while (System.nanoTime() < deadline) {
                        long s = System.nanoTime();
                        long id = ids.incrementAndGet();
                        Timestamp now = Timestamp.from(Instant.now());
                        ticket.setLong(1, id);
                        ticket.setString(2, "household");
                        ticket.setString(3, "户口咨询 " + id);
                        ticket.setString(4, "请问集体户口如何迁入新购住房？");
                        ticket.setLong(5, 7);
                        ticket.setString(6, "submitted");
                        ticket.setTimestamp(7, now);
                        ticket.executeUpdate();
                        step.setLong(1, id);
                        step.setLong(2, id);
                        step.setString(3, "created");
                        step.setLong(4, 7);
                        step.setTimestamp(5, now);
                        step.executeUpdate();
                        event.setLong(1, id);
                        event.setLong(2, id);
                        event.setString(3, "created");
                        event.setTimestamp(4, now);
                        event.executeUpdate();
                        c.commit();
                        mine.add(new Sample(200, System.nanoTime() - s));
                    }
                }
                return mine;
            }));
        }
        List<Sample> all = new ArrayList<>();
        for (Future<List<Sample>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return record("raw JDBC inserts (ticket + step + event per commit)", new Run(all, System.nanoTime() - t0));
    }

    static String login(String username) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"fengqiao-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException(username + " could not log in: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
