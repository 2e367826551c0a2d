import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Figures of the 12345 intake and the Open311 server against a running distribution:
 * java bench/LinkageBench.java <port> <hotline key> <open311 key> [records] [threads]
 */
public class LinkageBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Result(int status, long nanos) {
    }

    static Result send(HttpRequest request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Result(r.statusCode(), System.nanoTime() - t0);
    }

    static String record(String id) {
        return "{\"hotlineId\":\"" + id + "\",\"caller\":\"张先生\",\"phone\":\"13904721234\",\"address\":\"昆都仑区少先路12号院\","
                + "\"content\":\"小区停水两天，请求尽快恢复供水。\",\"category\":\"water\"}";
    }

    static void report(String what, List<Result> results, long wallNanos, int expected) {
        List<Long> ms = new ArrayList<>();
        long wrong = results.stream().filter(r -> r.status() != expected).count();
        results.forEach(r -> ms.add(r.nanos()));
        Collections.sort(ms);
        java.util.Map<Integer, Long> statuses = new java.util.TreeMap<>();
        results.forEach(r -> statuses.merge(r.status(), 1L, Long::sum));
        System.out.printf("%s: %d requests, %.1f/s, p50 %.1f ms, p95 %.1f ms, max %.1f ms, statuses %s%s%n",
                what, results.size(), results.size() / (wallNanos / 1e9), ms.get(ms.size() / 2) / 1e6,
                ms.get((int) (ms.size() * 0.95)) / 1e6, ms.get(ms.size() - 1) / 1e6, statuses,
                wrong == 0 ? "" : " (" + wrong + " not " + expected + ")");
    }

    static List<Result> run(int count, int threads, java.util.function.IntFunction<HttpRequest> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<List<Result>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<Result> mine = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    mine.add(send(request.apply(i)));
                }
                return mine;
            }));
        }
        List<Result> all = new ArrayList<>();
        for (Future<List<Result>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + args[0];
        String hotlineKey = args[1];
        String open311Key = args[2];
        int records = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        String prefix = "BENCH-" + System.currentTimeMillis() + "-";
        java.util.function.IntFunction<HttpRequest> deliver = i -> HttpRequest.newBuilder(URI.create(base
                + "/hotline/v1/records")).header("Content-Type", "application/json").header("X-Api-Key", hotlineKey)
                .POST(HttpRequest.BodyPublishers.ofString(record(prefix + i))).build();

        long t0 = System.nanoTime();
        List<Result> created = run(records, threads, deliver);
        report("12345 intake, new records (" + threads + " threads)", created, System.nanoTime() - t0, 201);
        t0 = System.nanoTime();
        List<Result> repeated = run(records, threads, deliver);
        report("12345 intake, repeated deliveries", repeated, System.nanoTime() - t0, 200);

        String form = "api_key=" + URLEncoder.encode(open311Key, StandardCharsets.UTF_8)
                + "&service_code=livelihood-water_supply&address_string="
                + URLEncoder.encode("昆都仑区少先路12号院", StandardCharsets.UTF_8) + "&description="
                + URLEncoder.encode("五楼以上水压太低", StandardCharsets.UTF_8);
        t0 = System.nanoTime();
        List<Result> posted = run(records / 5, threads, i -> HttpRequest.newBuilder(URI.create(base
                + "/open311/v2/requests.json")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        report("Open311 POST requests.json", posted, System.nanoTime() - t0, 200);
        for (String path : List.of("/open311/v2/services.xml", "/open311/v2/requests.json",
                "/open311/v2/requests.xml?status=open", "/open311/v2/servicerequestupdates.json")) {
            t0 = System.nanoTime();
            List<Result> read = run(100, threads, i -> HttpRequest.newBuilder(URI.create(base + path)).GET().build());
            report("Open311 GET " + path, read, System.nanoTime() - t0, 200);
        }
    }
}
