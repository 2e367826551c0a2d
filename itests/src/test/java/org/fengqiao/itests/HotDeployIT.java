package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;


import org.apache.karaf.features.FeaturesService;
import org.fengqiao.ticketing.api.TicketService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

import com.fasterxml.jackson.databind.JsonNode;

/** A board's feature comes and goes at runtime; its tickets stay stored and nothing else restarts (C3). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT extends FengqiaoTestSupport {

    private static final String FEATURE = "fengqiao-board-traffic";
    private static final List<String> CORE = List.of("org.fengqiao.platform", "org.fengqiao.identity.api",
            "org.fengqiao.identity", "org.fengqiao.board.api", "org.fengqiao.ticketing.api", "org.fengqiao.ticketing",
            "org.fengqiao.rest", "org.fengqiao.board.household");

    private FeaturesService features;

    private TicketService tickets;

    @Before
    public void services() {
        features = service(FeaturesService.class);
        tickets = service(TicketService.class);
    }

    private static Map<String, Object> trafficPost() {
        return Map.of("category", "road_problem", "title", "信号灯不亮", "body", "路口信号灯全灭。",
                "fields", Map.of("location", "阿尔丁大街与民族东路", "problem_kind", "signal_fault"));
    }

    private boolean boardListed(String id) {
        for (JsonNode b : http.get("/boards").json()) {
            if (id.equals(b.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void uninstallHidesTheBoardKeepsItsTicketsAndReinstallBringsThemBack() throws Exception {
        String citizen = citizen("hot");
        Http.Response posted = http.post("/boards/traffic/tickets", trafficPost(), citizen);
        assertEquals(posted.text(), 201, posted.status());
        long id = posted.json().path("id").asLong();

        Map<String, Long> idsBefore = coreBundleIds();
        List<String> coreEvents = new CopyOnWriteArrayList<>();
        SynchronousBundleListener listener = event -> {
            if (CORE.contains(event.getBundle().getSymbolicName())
                    && (event.getType() == BundleEvent.STOPPING || event.getType() == BundleEvent.STOPPED
                            || event.getType() == BundleEvent.UNRESOLVED)) {
                coreEvents.add(event.getBundle().getSymbolicName() + ":" + event.getType());
            }
        };
        bundleContext.addBundleListener(listener);
        try {
            features.uninstallFeature(FEATURE);
            Poll.until("traffic to leave /boards", Duration.ofSeconds(30), () -> boardListed("traffic"), b -> !b);

            Http.Response gone = http.post("/boards/traffic/tickets", trafficPost(), citizen);
            assertEquals(404, gone.status());
            assertEquals("board_not_installed", gone.error());
            assertEquals("board_not_installed", http.get("/tickets/" + id).error());
            assertEquals("board_not_installed", http.get("/boards/traffic/tickets").error());
            assertTrue("tickets of the uninstalled board are kept", tickets.countStored("traffic") >= 1);
            assertEquals("the other board keeps working", 201,
                    http.post("/boards/household/tickets", householdPost("热插拔期间"), citizen).status());

            long start = System.nanoTime();
            features.installFeature(FEATURE);
            Poll.until("traffic to return to /boards", Duration.ofSeconds(30), () -> boardListed("traffic"), b -> b);
            System.out.printf("BENCH feature:install %s -> first answer listing it: %d ms%n", FEATURE,
                    (System.nanoTime() - start) / 1_000_000);

            Http.Response back = http.get("/tickets/" + id);
            assertEquals(back.text(), 200, back.status());
            assertEquals("信号灯不亮", back.json().path("ticket").path("title").asText());
        } finally {
            bundleContext.removeBundleListener(listener);
        }
        assertEquals("core bundles were not restarted", List.of(), coreEvents);
        assertEquals("core bundles kept their ids", idsBefore, coreBundleIds());
        for (Bundle b : bundleContext.getBundles()) {
            if (CORE.contains(b.getSymbolicName())) {
                assertEquals(b.getSymbolicName() + " active", Bundle.ACTIVE, b.getState());
            }
        }
    }

    private Map<String, Long> coreBundleIds() {
        Map<String, Long> ids = new TreeMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (CORE.contains(b.getSymbolicName())) {
                ids.put(b.getSymbolicName(), b.getBundleId());
            }
        }
        assertEquals("all core bundles present", CORE.size(), ids.size());
        return ids;
    }
}
