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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Is logging in a denial-of-service lever? GET /api/v1/health measured alone, then while 16 clients log in as fast
 * as they can (every login is a bcrypt hash; the identity service hashes at most password.concurrency at once):
 * java bench/LoginBurstBench.java <port> [seconds per phase, default 20] [login clients, default 16]
 */
public class LoginBurstBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + args[0] + "/api/v1";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int logins = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/health")).GET().build();
        HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"citizen.demo\",\"password\":\"fengqiao-demo\"}")).build();
        System.out.printf("%d s per phase, 2 health clients, %d login clients, one run%n", seconds, logins);
        hammer(health, 2, 3); // warm-up
        report("GET /health alone (baseline)", hammer(health, 2, seconds));
        AtomicBoolean bursting = new AtomicBoolean(true);
        List<Long> loginNanos = new CopyOnWriteArrayList<>();
        Map<Integer, Long> loginStatuses = new ConcurrentHashMap<>();
        List<Thread> burst = new ArrayList<>();
        for (int i = 0; i < logins; i++) {
            Thread t = new Thread(() -> {
                while (bursting.get()) {
                    long t0 = System.nanoTime();
                    int status = send(login);
                    loginNanos.add(System.nanoTime() - t0);
                    loginStatuses.merge(status, 1L, Long::sum);
                }
            });
            t.start();
            burst.add(t);
        }
        Thread.sleep(2000); // let the burst saturate the hashing before measuring
        List<long[]> during = hammer(health, 2, seconds);
        bursting.set(false);
        for (Thread t : burst) {
            t.join();
        }
        report("GET /health during the login burst", during);
        List<long[]> loginResults = new ArrayList<>();
        loginNanos.forEach(n -> loginResults.add(new long[] {200, n}));
        report("POST /auth/login (the burst itself) " + new TreeMap<>(loginStatuses), loginResults);
    }

    static int send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** {status, nanos} of every request {@code threads} clients send for {@code seconds}. */
    static List<long[]> hammer(HttpRequest request, int threads, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> results = new CopyOnWriteArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status = send(request);
                    results.add(new long[] {status, System.nanoTime() - t0});
                }
            });
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) {
            t.join();
        }
        return results;
    }

    static void report(String what, List<long[]> results) {
        List<Long> ns = new ArrayList<>();
        Map<Long, Long> statuses = new TreeMap<>();
        for (long[] r : results) {
            ns.add(r[1]);
            statuses.merge(r[0], 1L, Long::sum);
        }
        Collections.sort(ns);
        System.out.printf("%-60s %6d req  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms  %s%n", what, ns.size(),
                ns.get(ns.size() / 2) / 1e6, ns.get((int) (ns.size() * 0.99)) / 1e6, ns.get(ns.size() - 1) / 1e6,
                what.startsWith("POST") ? "" : statuses);
    }
}
