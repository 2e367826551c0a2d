import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures of the five-in-one module against a running distribution with the demo profile:
 * java bench/CogovernanceBench.java <port> <admin token> [teams, 1390] [hand-offs per team, 12] [meetings, 4]
 * Loads a year's volume for every compound's team through the API (a team of the demo's five people per compound,
 * hand-offs accepted and settled, meetings with an agenda from hand-offs, minutes and two action items, one done),
 * then measures the reads a team and a meeting make, and making a hand-off, each beside a no-op endpoint measured the
 * same way in the same run.
 */
public class CogovernanceBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern NUMBER = Pattern.compile("\"(id|version|ticketId)\":(\\d+)");
    static final int LOAD_CONNECTIONS = 8;
    static String base;

    record Timed(int status, long nanos, String body) {
    }

    static HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    static HttpRequest send(String method, String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static Timed call(HttpRequest r) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> x = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
            return new Timed(x.statusCode(), System.nanoTime() - t0, x.body());
        } catch (Exception e) {
            return new Timed(-1, System.nanoTime() - t0, e.toString());
        }
    }

    /** Time spent per kind of set-up call, to say where loading goes. */
    static final java.util.Map<String, java.util.concurrent.atomic.LongAdder[]> SPENT =
            new java.util.concurrent.ConcurrentHashMap<>();

    static Timed require(Timed t, int status, String what) {
        java.util.concurrent.atomic.LongAdder[] a = SPENT.computeIfAbsent(what,
                k -> new java.util.concurrent.atomic.LongAdder[] { new java.util.concurrent.atomic.LongAdder(),
                        new java.util.concurrent.atomic.LongAdder() });
        a[0].add(t.nanos());
        a[1].increment();
        if (t.status() != status) {
            throw new IllegalStateException(what + ": " + t.status() + " " + t.body());
        }
        return t;
    }

    static long number(String json, String name) {
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Long.parseLong(m.group(2));
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    static String login(String username) {
        String body = require(call(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"fengqiao-demo\"}")).build()), 200,
                "login " + username).body();
        return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    /** Runs {@code n} tasks, {@code connections} at a time; fails on the first failure. */
    static void parallel(int n, int connections, IntFunction<Void> task) {
        Semaphore slots = new Semaphore(connections);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < n && failures.isEmpty(); i++) {
            int k = i;
            slots.acquireUninterruptibly();
            all.add(CompletableFuture.runAsync(() -> {
                try {
                    task.apply(k);
                } catch (Throwable t) {
                    failures.add(t);
                } finally {
                    slots.release();
                }
            }));
        }
        all.forEach(CompletableFuture::join);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.peek());
        }
    }

    /** {@code n} calls on {@code connections} connections; the figures line. */
    static String measure(String what, int n, int connections, IntFunction<HttpRequest> request, int status) {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        parallel(n, connections, i -> {
            Timed t = require(call(request.apply(i)), status, what);
            nanos.add(t.nanos());
            return null;
        });
        long wall = System.nanoTime() - start;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("%-52s %6d  p50 %8.1f ms  p99 %8.1f ms  %8.0f req/s", what, n,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(Math.min(sorted.size() - 1,
                        (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1e6, n / (wall / 1e9));
    }

    public static void main(String[] args) {
        base = "http://127.0.0.1:" + args[0] + "/api/v1";
        String admin = args[1];
        int teams = args.length > 2 ? Integer.parseInt(args[2]) : 1390;
        int handoffsPerTeam = args.length > 3 ? Integer.parseInt(args[3]) : 12;
        int meetingsPerTeam = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        String captain = login("captain.demo");
        String police = login("officer.demo");
        String property = login("property.ma");
        String grid = login("grid.sun");
        long[] ids = new long[5];
        String[] names = { "captain.demo", "officer.demo", "committee.hu", "property.ma", "grid.sun" };
        String[] roles = { "captain", "police", "committee", "property", "grid" };
        for (int i = 0; i < 5; i++) {
            String me = require(call(get("/me", login(names[i]))), 200, "me").body();
            ids[i] = number(me, "id");
        }
        long[] teamIds = new long[teams];
        long t0 = System.nanoTime();
        parallel(teams, LOAD_CONNECTIONS, i -> {
            String team = require(call(send("POST", "/teams", admin, "{\"community\":\"shaoxian-community\","
                    + "\"grid\":\"compound-" + (i + 1) + "\"}")), 201, "team").body();
            teamIds[i] = number(team, "id");
            for (int r = 0; r < 5; r++) {
                require(call(send("PUT", "/teams/" + teamIds[i] + "/roles/" + roles[r], admin,
                        "{\"memberId\":" + ids[r] + "}")), 200, "role");
            }
            return null;
        });
        System.out.printf("set-up: %d teams with 5 roles each in %.1f s%n", teams, (System.nanoTime() - t0) / 1e9);

        // a year of hand-offs: to property (accepted, settled) and to the grid worker (left open)
        long[][] handoffs = new long[teams][handoffsPerTeam];
        t0 = System.nanoTime();
        parallel(teams * handoffsPerTeam, LOAD_CONNECTIONS, k -> {
            int team = k / handoffsPerTeam;
            int n = k % handoffsPerTeam;
            boolean toProperty = n % 3 != 2;
            String h = require(call(send("POST", "/handoffs", captain, "{\"teamId\":" + teamIds[team]
                    + ",\"toRole\":\"" + (toProperty ? "property" : "grid") + "\",\"reason\":\"请处理\","
                    + "\"ticket\":{\"boardId\":\"livelihood\",\"category\":\"housing\",\"title\":\"第" + (team + 1)
                    + "号院问题" + (n + 1) + "\",\"body\":\"楼道堆物、车辆乱停，请协调处理。\","
                    + "\"fields\":{\"address\":\"少先路" + (team + 1) + "号院\"}}}")), 201, "hand-off").body();
            handoffs[team][n] = number(h, "id");
            if (toProperty) {
                String a = require(call(send("POST", "/handoffs/" + number(h, "id") + "/accept", property,
                        "{\"version\":" + number(h, "version") + "}")), 200, "accept").body();
                require(call(send("POST", "/handoffs/" + number(h, "id") + "/done", property, "{\"version\":"
                        + number(a, "version") + ",\"note\":\"已处理\"}")), 200, "done");
            }
            return null;
        });
        double handoffSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("set-up: %d hand-offs (two in three accepted and settled) in %.1f s, %.0f/s%n",
                teams * handoffsPerTeam, handoffSeconds, teams * handoffsPerTeam / handoffSeconds);

        // meetings: agenda from a hand-off and a free item, everyone signed in, minutes, two actions (one done)
        long[] meetingIds = new long[teams * meetingsPerTeam];
        Instant year = Instant.now().minus(300, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        t0 = System.nanoTime();
        parallel(teams * meetingsPerTeam, LOAD_CONNECTIONS, k -> {
            int team = k / meetingsPerTeam;
            int n = k % meetingsPerTeam;
            Instant at = year.plus(n * 75L, ChronoUnit.DAYS);
            String m = require(call(send("POST", "/meetings", police, "{\"teamId\":" + teamIds[team]
                    + ",\"kind\":\"joint\",\"title\":\"第" + (n + 1) + "季度联席会议\",\"startsAt\":\"" + at
                    + "\",\"place\":\"居委会会议室\"}")), 201, "meeting").body();
            long id = number(m, "id");
            meetingIds[k] = id;
            String item = require(call(send("POST", "/meetings/" + id + "/agenda", police, "{\"handoffId\":"
                    + handoffs[team][(n * 3 + 2) % handoffsPerTeam] + "}")), 201, "agenda").body();
            require(call(send("POST", "/meetings/" + id + "/agenda", police, "{\"title\":\"其他事项\"}")), 201,
                    "agenda");
            require(call(send("POST", "/meetings/" + id + "/attendance", grid, "{}")), 200, "sign in");
            int version = (int) number(require(call(get("/meetings/" + id, police)), 200, "meeting").body(),
                    "version");
            require(call(send("PUT", "/meetings/" + id + "/minutes", police, "{\"version\":" + version
                    + ",\"summary\":\"研究两项议题。\",\"items\":[{\"agendaItemId\":" + number(item, "id")
                    + ",\"outcome\":\"网格员跟进\"}]}")), 200, "minutes");
            String done = require(call(send("POST", "/meetings/" + id + "/actions", police, "{\"title\":\"清理楼道堆物\","
                    + "\"ownerId\":" + ids[3] + ",\"due\":\"" + Instant.now().plus(30, ChronoUnit.DAYS) + "\"}")), 201,
                    "action").body();
            require(call(send("POST", "/meetings/" + id + "/actions/" + number(done, "id") + "/done", property,
                    "{\"version\":" + number(done, "version") + ",\"note\":\"已清理\"}")), 200, "action done");
            require(call(send("POST", "/meetings/" + id + "/actions", police, "{\"title\":\"协调停车\",\"ownerId\":"
                    + ids[4] + ",\"due\":\"" + at.plus(60, ChronoUnit.DAYS) + "\"}")), 201, "action");
            return null;
        });
        double meetingSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("set-up: %d meetings with agenda, attendance, minutes and 2 actions in %.1f s%n",
                teams * meetingsPerTeam, meetingSeconds);

        SPENT.forEach((what, a) -> System.out.printf("set-up calls: %-14s %6d  mean %7.1f ms%n", what, a[1].sum(),
                a[0].sum() / 1e6 / Math.max(1, a[1].sum())));
        Random random = new Random(7);
        int n = 2000;
        String noop = "/open311/v2/discovery.json";
        String root = base.replace("/api/v1", "");
        System.out.printf("%-52s %6s  %-12s  %-12s  %s%n", "what", "calls", "p50", "p99", "throughput");
        System.out.println(measure("no-op GET " + noop + ", 8 connections", n, 8,
                i -> HttpRequest.newBuilder(URI.create(root + noop)).GET().build(), 200));
        System.out.println(measure("GET /teams/{id} (random of " + teams + ")", n, 8,
                i -> get("/teams/" + teamIds[random.nextInt(teams)], police), 200));
        System.out.println(measure("GET /teams/{id}/queue", n, 8,
                i -> get("/teams/" + teamIds[random.nextInt(teams)] + "/queue", police), 200));
        System.out.println(measure("GET /teams/{id}/figures (a year)", n, 8,
                i -> get("/teams/" + teamIds[random.nextInt(teams)] + "/figures", police), 200));
        System.out.println(measure("GET /meetings/{id} (random of " + meetingIds.length + ")", n, 8,
                i -> get("/meetings/" + meetingIds[random.nextInt(meetingIds.length)], police), 200));
        System.out.println(measure("GET /meetings/{id}.ics", n, 8,
                i -> get("/meetings/" + meetingIds[random.nextInt(meetingIds.length)] + ".ics", police), 200));
        System.out.println(measure("GET /meetings/{id}/report (public)", n, 8,
                i -> HttpRequest.newBuilder(URI.create(base + "/meetings/" + meetingIds[random.nextInt(
                        meetingIds.length)] + "/report")).GET().build(), 200));
        System.out.println(measure("POST /handoffs (a new ticket, to property)", 500, 8,
                i -> send("POST", "/handoffs", captain, "{\"teamId\":" + teamIds[random.nextInt(teams)]
                        + ",\"toRole\":\"property\",\"reason\":\"请处理\",\"ticket\":{\"boardId\":\"livelihood\","
                        + "\"category\":\"housing\",\"title\":\"测量用移交" + i + "\",\"body\":\"楼道灯不亮。\","
                        + "\"fields\":{\"address\":\"少先路\"}}}"), 201));
        System.out.println(measure("no-op GET " + noop + ", again", n, 8,
                i -> HttpRequest.newBuilder(URI.create(root + noop)).GET().build(), 200));
        String figures = require(call(get("/teams/" + teamIds[0] + "/figures", police)), 200, "figures").body();
        System.out.println("one team's figures for the year: " + figures);
    }
}
