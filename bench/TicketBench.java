import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Ticket creation against a running demo distribution, beside a no-op baseline (a Jetty 404 on the same server):
 * java bench/TicketBench.java <port> <bearer token> [requests, default 2000] [threads, default 8]
 */
public class TicketBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Result(int status, long nanos) {
    }

    static List<Result> run(int count, int threads, IntFunction<HttpRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<List<Result>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<Result> mine = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = HTTP.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
                    mine.add(new Result(r.statusCode(), System.nanoTime() - t0));
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

    static void measure(String what, int count, int threads, int expected, IntFunction<HttpRequest> request)
            throws Exception {
        run(Math.max(50, count / 10), threads, request); // warm-up, not counted
        long t0 = System.nanoTime();
        List<Result> results = run(count, threads, request);
        long wall = System.nanoTime() - t0;
        List<Long> ns = new ArrayList<>();
        Map<Integer, Long> statuses = new TreeMap<>();
        results.forEach(r -> {
            ns.add(r.nanos());
            statuses.merge(r.status(), 1L, Long::sum);
        });
        Collections.sort(ns);
        long wrong = results.stream().filter(r -> r.status() != expected).count();
        System.out.printf("%-44s %6d req  %8.1f req/s  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %s%s%n", what,
                results.size(), results.size() / (wall / 1e9), ns.get(ns.size() / 2) / 1e6,
                ns.get((int) (ns.size() * 0.99)) / 1e6, ns.get(ns.size() - 1) / 1e6, statuses,
                wrong == 0 ? "" : "  (" + wrong + " not " + expected + ")");
    }

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + args[0];
        String token = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        System.out.printf("%d requests, %d client threads, one run%n", count, threads);
        measure("baseline: GET /no-such-page (Jetty 404)", count, threads, 404,
                i -> HttpRequest.newBuilder(URI.create(base + "/no-such-page")).GET().build());
        measure("POST /api/v1/boards/help/tickets", count, threads, 201,
                i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/boards/help/tickets"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"category\":\"lost_property\",\"title\":\"丢失钱包 "
                                + i + "\",\"body\":\"在公交车上丢失黑色钱包，内有身份证。\",\"fields\":{\"location\":\"昆都仑区"
                                + "少先路\",\"item_kind\":\"wallet\"}}"))
                        .build());
    }
}
