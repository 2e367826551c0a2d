import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures of the captains' field sync against a running distribution with the demo profile:
 * java bench/CaptainBench.java <port> <admin token> [captains, 500] [records per batch, 50]
 * Sets up a compound of one building per captain and one captain of 5 buildings x 200 households, then measures
 * every captain syncing one batch at the same moment (new, then the same batches again), and the changes feed of the
 * big captain, each beside a no-op endpoint measured the same way in the same run.
 */
public class CaptainBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String noop;

    record Timed(int status, long nanos, String body, int retries) {
        Timed(int status, long nanos, String body) {
            this(status, nanos, body, 0);
        }
    }

    /** As a device does: a 503 is sent again after its Retry-After; the time counts from the first try. */
    static CompletableFuture<Timed> retrying(HttpRequest r, long start, int retries) {
        return HTTP.sendAsync(r, HttpResponse.BodyHandlers.ofString()).thenCompose(x -> {
            if (x.statusCode() != 503) {
                return CompletableFuture.completedFuture(new Timed(x.statusCode(), System.nanoTime() - start, x.body(),
                        retries));
            }
            long wait = x.headers().firstValueAsLong("Retry-After").orElse(1);
            return CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(wait,
                    java.util.concurrent.TimeUnit.SECONDS)).thenCompose(v -> retrying(r, start, retries + 1));
        });
    }

    static List<Timed> burstRetrying(List<HttpRequest> requests) {
        long start = System.nanoTime();
        List<CompletableFuture<Timed>> all = requests.stream().map(r -> retrying(r, start, 0)).toList();
        return all.stream().map(CompletableFuture::join).toList();
    }

    static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    static CompletableFuture<Timed> async(HttpRequest r) {
        long t0 = System.nanoTime();
        return HTTP.sendAsync(r, HttpResponse.BodyHandlers.ofString())
                .thenApply(x -> new Timed(x.statusCode(), System.nanoTime() - t0, x.body()));
    }

    static Timed send(HttpRequest r) {
        return async(r).join();
    }

    static HttpRequest post(String path, String token, String json) {
        return request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static Timed require(Timed t, int status, String what) {
        if (t.status() != status) {
            throw new IllegalStateException(what + ": " + t.status() + " " + t.body());
        }
        return t;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return m.group(1);
    }

    static String line(String what, List<Timed> results, long wallNanos, long items) {
        List<Long> ns = new ArrayList<>(results.stream().map(Timed::nanos).toList());
        Collections.sort(ns);
        return String.format("%-58s %6d  p50 %8.1f ms  p99 %8.1f ms  %9.0f items/s", what, results.size(),
                ns.get(ns.size() / 2) / 1e6, ns.get(Math.min(ns.size() - 1, (int) Math.ceil(ns.size() * 0.99) - 1)) / 1e6,
                items / (wallNanos / 1e9));
    }

    /** All requests at the same moment. */
    static List<Timed> burst(List<HttpRequest> requests) {
        List<CompletableFuture<Timed>> all = requests.stream().map(CaptainBench::async).toList();
        return all.stream().map(CompletableFuture::join).toList();
    }

    static List<Timed> sequential(int n, java.util.function.IntFunction<HttpRequest> r) {
        List<Timed> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(send(r.apply(i)));
        }
        return out;
    }

    static String visit(String door) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"visit\",\"recordedAt\":\""
                + OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(10).withNano(0) + "\",\"data\":{\"address\":\""
                + door + "\",\"outcome\":\"met\",\"people_met\":2,\"steps\":{\"identify\":\"已亮明身份\",\"household\":"
                + "\"人户一致\",\"fire_check\":\"未发现隐患\",\"opinions\":\"无\",\"education\":\"宣传防诈骗\"}}}";
    }

    static String idNumber(int n) {
        String first17 = "150203" + (1950 + n % 50) + String.format("%02d%02d", n % 12 + 1, n % 28 + 1)
                + String.format("%03d", n % 1000);
        int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    public static void main(String[] args) throws Exception {
        base = "http://127.0.0.1:" + args[0] + "/api/v1";
        noop = "http://127.0.0.1:" + args[0] + "/open311/v2/discovery.json";
        String admin = args[1];
        int captains = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int perBatch = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

        StringBuilder csv = new StringBuilder("level,code,parent,name,unit,housing\n");
        String p = "bn" + run;
        csv.append("district,").append(p).append("-d,,基准区,,\n");
        csv.append("subdistrict,").append(p).append("-s,").append(p).append("-d,基准街道,,\n");
        csv.append("community,").append(p).append("-c,").append(p).append("-s,基准社区,shaoxian-community,\n");
        csv.append("compound,").append(p).append("-x,").append(p).append("-c,基准小区,,\n");
        for (int i = 0; i < captains; i++) {
            String b = p + "-b" + i;
            csv.append("building,").append(b).append(',').append(p).append("-x,").append(i).append("栋,,\n");
            csv.append("entrance,").append(b).append("-e1,").append(b).append(",1单元,,\n");
            for (int d = 1; d <= 10; d++) {
                csv.append("door,").append(b).append("-e1-").append(d).append(',').append(b).append("-e1,").append(d)
                        .append("室,,owner_occupied\n");
            }
        }
        List<String> feedDoors = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            String b = p + "-f" + k;
            csv.append("building,").append(b).append(',').append(p).append("-x,F").append(k).append("栋,,\n");
            for (int e = 1; e <= 4; e++) {
                csv.append("entrance,").append(b).append("-e").append(e).append(',').append(b).append(',').append(e)
                        .append("单元,,\n");
                for (int d = 1; d <= 50; d++) {
                    String door = b + "-e" + e + "-" + d;
                    feedDoors.add(door);
                    csv.append("door,").append(door).append(',').append(b).append("-e").append(e).append(',')
                            .append(d).append("室,,rented\n");
                }
            }
        }
        long t0 = System.nanoTime();
        require(send(request("/addresses/import", admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build()), 200, "import");
        System.out.printf("set-up: imported %d addresses in %d ms%n", csv.toString().split("\n").length - 1,
                (System.nanoTime() - t0) / 1_000_000);

        t0 = System.nanoTime();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i <= captains; i++) {
            String user = p + ".captain" + i;
            String created = require(send(post("/staff", admin, "{\"username\":\"" + user + "\",\"password\":"
                    + "\"bench-password-1\",\"fullName\":\"楼长" + i + "\",\"staffNumber\":\"BN-" + run + "-" + i
                    + "\",\"unit\":\"shaoxian-community\",\"title\":\"社区民警\",\"roles\":[\"officer\"]}")), 201,
                    "staff").body();
            String buildings = i < captains ? "[\"" + p + "-b" + i + "\"]"
                    : "[\"" + p + "-f0\",\"" + p + "-f1\",\"" + p + "-f2\",\"" + p + "-f3\",\"" + p + "-f4\"]";
            require(send(post("/captains", admin, "{\"accountId\":" + field(created, "id") + ",\"buildings\":"
                    + buildings + "}")), 201, "appoint");
            tokens.add(field(require(send(post("/auth/login", null, "{\"username\":\"" + user + "\",\"password\":"
                    + "\"bench-password-1\"}")), 200, "login").body(), "token"));
        }
        String big = tokens.remove(captains);
        System.out.printf("set-up: %d captains appointed and logged in in %d ms%n", captains + 1,
                (System.nanoTime() - t0) / 1_000_000);

        t0 = System.nanoTime();
        int n = 0;
        for (int from = 0; from < feedDoors.size(); from += 100) {
            StringBuilder batch = new StringBuilder("{\"records\":[");
            for (int i = from; i < Math.min(from + 100, feedDoors.size()); i++) {
                for (int person = 0; person < 2; person++) {
                    n++;
                    batch.append(n % 200 == 1 ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID())
                            .append("\",\"kind\":\"population\",\"recordedAt\":\"")
                            .append(OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).withNano(0))
                            .append("\",\"data\":{\"address\":\"").append(feedDoors.get(i)).append("\",\"action\":")
                            .append("\"move_in\",\"id_number\":\"").append(idNumber(n)).append("\",\"name\":\"住户")
                            .append(n).append("\",\"phone\":\"139").append(String.format("%08d", n))
                            .append("\",\"person_kind\":\"tenant\",\"registered\":\"yes\"}}");
                }
            }
            String body = require(send(post("/field/sync", big, batch.append("]}").toString())), 200, "population")
                    .body();
            if (body.contains("\"rejected\"")) {
                throw new IllegalStateException("population record rejected: " + body.substring(0, 500));
            }
        }
        System.out.printf("set-up: %d people registered at %d doors of 5 buildings in %d ms%n%n", n, feedDoors.size(),
                (System.nanoTime() - t0) / 1_000_000);

        List<HttpRequest> batches = new ArrayList<>();
        for (int c = 0; c < captains; c++) {
            StringBuilder batch = new StringBuilder("{\"records\":[");
            for (int r = 0; r < perBatch; r++) {
                batch.append(r == 0 ? "" : ",").append(visit(p + "-b" + c + "-e1-" + (r % 10 + 1)));
            }
            batches.add(post("/field/sync", tokens.get(c), batch.append("]}").toString()));
        }
        // warm-up, not recorded: the same request path compiled before anything is measured
        burst(java.util.stream.IntStream.range(0, captains).mapToObj(i -> HttpRequest.newBuilder(URI.create(noop)).GET().build())
                .toList());
        sequential(200, i -> request("/field/changes", big).GET().build());

        System.out.printf("%-58s %6s  %11s  %11s  %15s%n", "what", "reqs", "p50", "p99", "throughput");
        t0 = System.nanoTime();
        List<Timed> atOnce = burst(java.util.stream.IntStream.range(0, captains)
                .mapToObj(i -> HttpRequest.newBuilder(URI.create(noop)).GET().build()).toList());
        System.out.println(line("no-op GET /open311/v2/discovery.json, " + captains + " at once", atOnce, System.nanoTime() - t0, captains));
        t0 = System.nanoTime();
        List<Timed> synced = burstRetrying(batches);
        long wall = System.nanoTime() - t0;
        long created = synced.stream().mapToLong(t -> t.body().split("\"created\"", -1).length - 1).sum();
        System.out.println(line("sync, " + captains + " captains x " + perBatch + " new records at once", synced, wall,
                (long) captains * perBatch));
        t0 = System.nanoTime();
        List<Timed> again = burstRetrying(batches);
        System.out.println(line("sync, the same batches again (answered as stored)", again, System.nanoTime() - t0,
                (long) captains * perBatch));
        long createdAgain = again.stream().mapToLong(t -> t.body().split("\"created\"", -1).length - 1).sum();

        List<Timed> noopSeq = sequential(200, i -> HttpRequest.newBuilder(URI.create(noop)).GET().build());
        System.out.println(line("no-op GET /open311/v2/discovery.json, one at a time", noopSeq, noopSeq.stream().mapToLong(Timed::nanos)
                .sum(), noopSeq.size()));
        List<Timed> full = sequential(50, i -> request("/field/changes", big).GET().build());
        String token = field(full.get(0).body(), "token");
        System.out.println(line("changes feed, everything (5 buildings x 200 households)", full,
                full.stream().mapToLong(Timed::nanos).sum(), full.size()));
        List<Timed> since = sequential(200, i -> request("/field/changes?since=" + token, big).GET().build());
        System.out.println(line("changes feed since the last token (nothing new)", since,
                since.stream().mapToLong(Timed::nanos).sum(), since.size()));
        System.out.printf("%nchecks: %d of %d records created, %d created again on resend (must be as many: the stored"
                + " answer), %d people in the feed, statuses %s, 503 answers sent again %d + %d times%n", created,
                (long) captains * perBatch, createdAgain, full.get(0).body().split("\"idNumber\"", -1).length - 1,
                synced.stream().map(Timed::status).distinct().toList(), synced.stream().mapToInt(Timed::retries).sum(),
                again.stream().mapToInt(Timed::retries).sum());
    }
}
