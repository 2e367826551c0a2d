package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.karaf.features.FeaturesService;
import org.fengqiao.identity.api.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Every module is a root feature that comes and goes alone (C3): while the core is under load (board list, ticket
 * view, ticket create), each module is uninstalled — its endpoints answer the JSON 404 module_not_installed — and
 * installed again with its data back. Not one core request may fail meanwhile.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleSwapIT extends FengqiaoTestSupport {

    private static final Duration SWAP = Duration.ofSeconds(60);

    /** A module: its feature, one of its paths, and the status that path answers while the module is in. */
    private record Module(String feature, String path, int presentStatus) {
    }

    private FeaturesService features;

    @Before
    public void services() {
        features = service(FeaturesService.class);
    }

    @Test
    public void modulesComeAndGoWithoutDisturbingTheCore() throws Exception {
        String officer = http.login(staff("officer", "宣传民警", "baotou-psb", Role.OFFICER).username(), PASSWORD);
        String citizen = citizen("swap");
        long article = http.post("/articles", Map.of("kind", "notice", "title", "换装前的通知", "body", "模块换装测试。"),
                officer).json().path("id").asLong();
        long ticket = http.post("/boards/household/tickets", householdPost("换装前的帖子"), citizen).json().path("id")
                .asLong();
        Poll.until("the citizen's notification of the officer's reply", SWAP,
                () -> {
                    http.post("/tickets/" + ticket + "/replies", Map.of("body", "已收到。"), officer);
                    return http.get("/me/notifications", citizen);
                }, r -> r.status() == 200 && r.json().path("items").size() > 0);
        int inboxBefore = http.get("/me/notifications?size=100", citizen).json().path("items").size();

        List<Module> modules = List.of(
                new Module("fengqiao-publishing", "/api/v1/articles", 200),
                new Module("fengqiao-notification", "/api/v1/me/notifications", 401),
                new Module("fengqiao-linkage", "/api/v1/linkages", 200),
                new Module("fengqiao-linkage-hotline", "/hotline/v1/updates", 401),
                new Module("fengqiao-open311", "/open311/v2/services.json", 200),
                new Module("fengqiao-captain", "/api/v1/field/kinds", 401),
                new Module("fengqiao-cogovernance", "/api/v1/teams?community=shaoxian-community", 200),
                new Module("fengqiao-demo", null, 0));

        Http root = new Http(HTTP_PORT, "");
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        ConcurrentMap<String, AtomicLong> failures = new ConcurrentHashMap<>();
        List<Thread> load = List.of(
                loader("GET /boards", loading, requests, failures, () -> http.get("/boards")),
                loader("GET /tickets/{id}", loading, requests, failures, () -> http.get("/tickets/" + ticket)),
                loader("POST /boards/household/tickets", loading, requests, failures,
                        () -> http.post("/boards/household/tickets", householdPost("负载帖子"), citizen)));
        load.forEach(Thread::start);
        try {
            for (Module m : modules) {
                features.uninstallFeature(m.feature());
                if (m.path() != null) {
                    Http.Response out = Poll.until(m.feature() + " out", SWAP, () -> root.get(m.path()),
                            r -> r.status() == 404 && "module_not_installed".equals(r.error()));
                    assertTrue(out.text(), out.json().path("message").asText()
                            .contains("'" + m.feature().replaceFirst("^fengqiao-", "") + "'"));
                }
                features.installFeature(m.feature());
                if (m.path() != null) {
                    Poll.until(m.feature() + " back", SWAP, () -> root.get(m.path()),
                            r -> r.status() == m.presentStatus());
                }
            }
        } finally {
            loading.set(false);
            for (Thread t : load) {
                t.join();
            }
        }
        assertTrue("the load ran", requests.get() > 100);
        assertEquals("core requests that failed during the swaps, of " + requests.get(), Map.of(),
                Map.copyOf(failures).entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().get())));

        // the data of every module is back
        assertEquals(200, http.get("/articles/" + article).status());
        assertTrue(http.get("/me/notifications?size=100", citizen).json().path("items").size() >= inboxBefore);
        assertEquals(BAOTOU_LINKAGES, Poll.until("linkages back", SWAP, () -> http.get("/linkages"),
                r -> r.status() == 200 && r.json().size() == BAOTOU_LINKAGES).json().size());
    }

    /** The dependency rules of docs/architecture.md, read off the installed bundles' manifests. */
    @Test
    public void theCoreImportsNoModuleAndBoardsNoPersistence() {
        List<String> modulePackages = List.of("org.fengqiao.notification", "org.fengqiao.publishing",
                "org.fengqiao.linkage", "org.fengqiao.open311", "org.fengqiao.captain",
                "org.fengqiao.cogovernance");
        int boards = 0;
        for (org.osgi.framework.Bundle b : bundleContext.getBundles()) {
            String name = b.getSymbolicName();
            String imports = String.valueOf(b.getHeaders().get("Import-Package"));
            if ("org.fengqiao.rest".equals(name) || "org.fengqiao.rest.api".equals(name)
                    || "org.fengqiao.ticketing".equals(name) || "org.fengqiao.identity".equals(name)) {
                for (String p : modulePackages) {
                    assertTrue(name + " imports " + p + ": " + imports, !imports.contains(p));
                }
            }
            if (name != null && name.startsWith("org.fengqiao.board.") && !name.equals("org.fengqiao.board.api")) {
                boards++;
                assertTrue(name + " imports JPA: " + imports, !imports.contains("javax.persistence"));
                assertTrue(name + " imports Liquibase: " + imports, !imports.contains("liquibase"));
                assertTrue(name + " imports persistence helpers: " + imports,
                        !imports.contains("org.fengqiao.persistence"));
            }
        }
        assertEquals(BAOTOU_BOARDS, boards);
    }

    private static Thread loader(String name, AtomicBoolean loading, AtomicLong requests,
            ConcurrentMap<String, AtomicLong> failures, java.util.function.Supplier<Http.Response> request) {
        return new Thread(() -> {
            while (loading.get()) {
                String failure;
                try {
                    Http.Response r = request.get();
                    failure = r.status() >= 200 && r.status() <= 299 ? null : r.status() + " " + r.text();
                } catch (RuntimeException e) {
                    failure = e.toString();
                }
                requests.incrementAndGet();
                if (failure != null) {
                    failures.computeIfAbsent(name + " → " + failure, k -> new AtomicLong()).incrementAndGet();
                }
            }
        }, "core-load " + name);
    }
}
