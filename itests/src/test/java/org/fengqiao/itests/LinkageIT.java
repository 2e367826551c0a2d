package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.karaf.features.FeaturesService;
import org.fengqiao.identity.api.ApiKeyService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.linkage.api.DispatchService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Department linkage over real HTTP (P8): classification, dispatch, department feedback, resolution, rejection,
 * escalation of overdue tasks, a linkage coming and going, and Open311 delivery to a department's own system.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LinkageIT extends FengqiaoTestSupport {

    private DispatchService dispatchService;
    private FeaturesService features;
    private ConfigurationAdmin configurations;
    private String dispatcher;
    private String citizen;

    @Before
    public void services() {
        dispatchService = service(DispatchService.class);
        features = service(FeaturesService.class);
        configurations = service(ConfigurationAdmin.class);
        Poll.until("every Baotou linkage", Duration.ofSeconds(60), () -> http.get("/linkages"),
                r -> r.status() == 200 && r.json().size() == 4);
        dispatcher = http.login(staff("hotline", "派单员", "hotline-12345", Role.DEPARTMENT_STAFF).username(),
                PASSWORD);
        citizen = citizen("resident");
    }

    private long livelihoodPost(String category, String title, String body, Map<String, Object> fields) {
        Http.Response r = http.post("/boards/livelihood/tickets", Map.of("category", category, "title", title,
                "body", body, "fields", fields), citizen);
        assertEquals(r.text(), 201, r.status());
        return r.json().path("id").asLong();
    }

    private long waterPost() {
        return livelihoodPost("water_supply", "小区停水两天", "少先路小区停水两天了，自来水一直没有恢复，电话13912345678。",
                Map.of("address", "少先路12号院", "water_problem", "outage"));
    }

    private JsonNode dispatch(long ticket, String linkage, String category, String token) {
        Http.Response r = http.post("/dispatches", Map.of("ticketId", ticket, "linkage", linkage, "category",
                category, "note", "请尽快核实处理"), token);
        assertEquals(r.text(), 201, r.status());
        return r.json();
    }

    private JsonNode act(JsonNode dispatch, String action, Map<String, Object> body, String token, int status) {
        Map<String, Object> withVersion = new java.util.HashMap<>(body);
        withVersion.put("version", dispatch.path("version").asInt());
        Http.Response r = http.post("/dispatches/" + dispatch.path("id").asLong() + "/" + action, withVersion, token);
        assertEquals(r.text(), status, r.status());
        return r.json();
    }

    private List<String> timelineKinds(long ticket) {
        List<String> kinds = new ArrayList<>();
        http.get("/tickets/" + ticket, dispatcher).json().path("timeline")
                .forEach(e -> kinds.add(e.path("kind").asText()));
        return kinds;
    }

    @Test
    public void dispatchDepartmentFeedbackAndResolution() {
        long ticket = waterPost();
        JsonNode suggestions = http.get("/dispatches/suggestions?ticket=" + ticket, dispatcher).json();
        assertEquals("water", suggestions.get(0).path("linkage").asText());
        assertEquals("water_supply", suggestions.get(0).path("category").asText());
        assertEquals(403, http.get("/dispatches/suggestions?ticket=" + ticket, citizen).status());

        assertEquals(403, http.post("/dispatches", Map.of("ticketId", ticket, "linkage", "water", "category",
                "water_supply"), citizen).status());
        assertEquals("unknown_category", http.post("/dispatches", Map.of("ticketId", ticket, "linkage", "water",
                "category", "heating"), dispatcher).json().path("details").get(0).path("code").asText());
        assertEquals("linkage_not_installed", http.post("/dispatches", Map.of("ticketId", ticket, "linkage",
                "gas", "category", "leak"), dispatcher).error());
        JsonNode d = dispatch(ticket, "water", "water_supply", dispatcher);
        assertEquals("dispatched", d.path("state").asText());
        assertEquals("water-bureau", d.path("department").path("code").asText());
        assertEquals("accepted", http.get("/tickets/" + ticket).json().path("ticket").path("state").asText());
        assertEquals("dispatch_open", http.post("/dispatches", Map.of("ticketId", ticket, "linkage", "water",
                "category", "water_supply"), dispatcher).error());

        String water = http.login(staff("water", "水务客服", "water-bureau", Role.DEPARTMENT_STAFF).username(),
                PASSWORD);
        String heating = http.login(staff("heat", "供热专员", "heating-office", Role.DEPARTMENT_STAFF).username(),
                PASSWORD);
        assertTrue("the task is in the water bureau's queue", ids(http.get("/dispatches/queue", water).json())
                .contains(d.path("id").asLong()));
        assertFalse(ids(http.get("/dispatches/queue", heating).json()).contains(d.path("id").asLong()));
        act(d, "accept", Map.of(), heating, 403);
        Map<String, Object> stale = Map.of("version", d.path("version").asInt() + 5);
        assertEquals("stale_version", http.post("/dispatches/" + d.path("id").asLong() + "/accept", stale, water)
                .error());
        assertEquals("unknown_action", http.post("/dispatches/" + d.path("id").asLong() + "/approve",
                Map.of("version", 0), water).error());
        d = act(d, "accept", Map.of(), water, 200);
        assertEquals("accepted", d.path("state").asText());
        act(d, "feedback", Map.of("body", ""), water, 400);
        d = act(d, "feedback", Map.of("body", "管网抢修已完成，今晚8点恢复供水。"), water, 200);
        assertEquals("answered", d.path("state").asText());
        assertTrue(ids(http.get("/dispatches/queue?scope=dispatcher", dispatcher).json())
                .contains(d.path("id").asLong()));
        act(d, "complete", Map.of(), water, 403);
        d = act(d, "complete", Map.of(), dispatcher, 200);
        assertEquals("completed", d.path("state").asText());

        JsonNode view = http.get("/tickets/" + ticket, citizen).json();
        assertEquals("resolved", view.path("ticket").path("state").asText());
        assertTrue(timelineKinds(ticket).containsAll(List.of("linkage.dispatched",
                "linkage.department_accepted", "linkage.department_feedback")));
        String feedback = "";
        for (JsonNode e : view.path("timeline")) {
            if (e.path("kind").asText().equals("linkage.department_feedback")) {
                feedback = e.path("body").asText();
                // the module names its own steps
                assertEquals("部门反馈", e.path("label").path("zh").asText());
                assertEquals("The department's answer", e.path("label").path("en").asText());
            }
        }
        assertTrue(feedback, feedback.contains("今晚8点恢复供水"));
        // the public sees the dispatch, its department and its answer
        JsonNode publicDispatches = http.get("/dispatches?ticket=" + ticket).json();
        assertEquals(1, publicDispatches.size());
        assertEquals("completed", publicDispatches.get(0).path("state").asText());
        assertTrue(publicDispatches.get(0).path("external").isNull());
    }

    @Test
    public void aDepartmentRejectsADispatchAndItReturnsToTheDispatcher() {
        long ticket = livelihoodPost("other", "楼下总有人乱倒垃圾", "小区门口常年有人乱倒建筑垃圾，希望有关部门管一管。",
                Map.of("address", "工人村社区"));
        JsonNode d = dispatch(ticket, "heating", "no_heating", dispatcher);
        String heating = http.login(staff("heat", "供热专员", "heating-office", Role.DEPARTMENT_STAFF).username(),
                PASSWORD);
        act(d, "reject", Map.of(), heating, 400);
        d = act(d, "reject", Map.of("reason", "不属于供热问题，应由城管部门处理"), heating, 200);
        assertEquals("returned", d.path("state").asText());
        assertEquals("不属于供热问题，应由城管部门处理", d.path("returnReason").asText());
        assertTrue(ids(http.get("/dispatches/queue?scope=dispatcher", dispatcher).json())
                .contains(d.path("id").asLong()));
        assertTrue(timelineKinds(ticket).contains("linkage.department_rejected"));
        act(d, "accept", Map.of(), heating, 409);
        // the ticket stays open with the dispatcher, who sends it to the right department
        assertEquals("accepted", http.get("/tickets/" + ticket).json().path("ticket").path("state").asText());
        JsonNode again = dispatch(ticket, "urban", "street_order", dispatcher);
        assertEquals("dispatched", again.path("state").asText());
        assertEquals(2, http.get("/dispatches?ticket=" + ticket).json().size());
    }

    @Test
    public void anOverdueDepartmentTaskEscalatesExactlyOncePerLevel() throws Exception {
        long ticket = livelihoodPost("heating", "暖气不热", "家里暖气不热，室温只有十二度。", Map.of("address", "幸福路8号楼"));
        JsonNode d = dispatch(ticket, "heating", "no_heating", dispatcher);
        Instant later = Instant.now().plus(Duration.ofDays(3));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> sweeps = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sweeps.add(() -> dispatchService.escalateOverdue(later));
            }
            int moved = 0;
            for (Future<Integer> f : pool.invokeAll(sweeps)) {
                moved += f.get();
            }
            assertTrue("this task moved once among " + moved, moved >= 1);
        } finally {
            pool.shutdown();
        }
        JsonNode escalated = http.get("/dispatches/" + d.path("id").asLong(), dispatcher).json();
        assertEquals(1, escalated.path("escalationLevel").asInt());
        assertEquals("city-government", escalated.path("unit").path("code").asText());
        assertTrue(escalated.path("overdue").asBoolean() || escalated.path("due").asText().length() > 0);
        assertEquals(1, timelineKinds(ticket).stream().filter("linkage.escalated"::equals).count());
        // the same moment again moves nothing; the city government has no level above it
        dispatchService.escalateOverdue(later);
        dispatchService.escalateOverdue(later.plus(Duration.ofDays(2)));
        assertEquals(1, http.get("/dispatches/" + d.path("id").asLong(), dispatcher).json().path("escalationLevel")
                .asInt());
        assertEquals(1, timelineKinds(ticket).stream().filter("linkage.escalated"::equals).count());
    }

    @Test
    public void uninstallingALinkageKeepsItsTasksAndReinstallingShowsThem() throws Exception {
        long ticket = livelihoodPost("noise", "广场舞噪音扰民", "每天晚上广场舞音响开到很晚，影响休息。", Map.of("address", "幸福路社区广场"));
        JsonNode d = dispatch(ticket, "urban", "noise", dispatcher);
        String feature = "fengqiao-linkage-urban";
        features.uninstallFeature(feature);
        try {
            Poll.until("urban to disappear", Duration.ofSeconds(30), () -> http.get("/linkages"),
                    r -> r.json().size() == 3);
            assertEquals("linkage_not_installed", http.post("/dispatches", Map.of("ticketId", ticket, "linkage",
                    "urban", "category", "noise"), dispatcher).error());
            assertEquals(404, http.get("/dispatches/" + d.path("id").asLong()).status());
            assertEquals(0, http.get("/dispatches?ticket=" + ticket).json().size());
            assertTrue(dispatchService.countStored("urban") >= 1);
        } finally {
            features.installFeature(feature);
        }
        Poll.until("urban to come back", Duration.ofSeconds(30), () -> http.get("/linkages"),
                r -> r.json().size() == 4);
        assertEquals("dispatched", http.get("/dispatches/" + d.path("id").asLong()).json().path("state").asText());
        assertEquals(1, http.get("/dispatches?ticket=" + ticket).json().size());
    }

    @Test
    public void anOpen311LinkageDeliversToTheDepartmentsSystemAndReadsItsAnswerBack() throws Exception {
        String key = service(ApiKeyService.class).create(unique("hrss").replace('.', '-'), "人社局业务系统", "open311")
                .secret();
        Configuration config = configurations.getConfiguration("org.fengqiao.linkage.socialsecurity", null);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("delivery", "open311");
        // the department's own GeoReport v2 system: in this test, Fengqiao's own server
        properties.put("open311.endpoint", "http://127.0.0.1:" + HTTP_PORT + "/open311/v2/");
        properties.put("open311.api_key", key);
        properties.put("open311.jurisdiction_id", "baotou");
        properties.put("open311.service_code.pension", "livelihood-social_security");
        config.update(properties);
        Poll.until("the linkage to deliver over Open311", Duration.ofSeconds(30), () -> http.get("/linkages"),
                r -> {
                    for (JsonNode l : r.json()) {
                        if (l.path("id").asText().equals("socialsecurity")) {
                            return l.path("delivery").asText().equals("open311");
                        }
                    }
                    return false;
                });
        try {
            long ticket = livelihoodPost("social_security", "退休金三个月没到账", "我父亲的退休金已经三个月没有发放，社保卡号查询不到记录。",
                    Map.of("address", "昆都仑区钢铁大街"));
            JsonNode d = dispatch(ticket, "socialsecurity", "pension", dispatcher);
            long dispatchId = d.path("id").asLong();
            JsonNode delivered = Poll.until("the request to reach the department's system", Duration.ofSeconds(30),
                    () -> {
                        dispatchService.synchronise();
                        return http.get("/dispatches/" + dispatchId, dispatcher).json();
                    }, j -> !j.path("external").path("requestId").isMissingNode()
                            && !j.path("external").path("requestId").isNull());
            assertEquals("accepted", delivered.path("state").asText());
            long remote = delivered.path("external").path("requestId").asLong();
            // in-app actions are refused: the department works in its own system
            act(delivered, "feedback", Map.of("body", "x"), dispatcher, 403);

            // the department handles its request in its own system (here Fengqiao again: its staff belong to the unit
            // that system routes the request to)
            String remoteUnit = http.get("/tickets/" + remote, dispatcher).json().path("ticket").path("unit")
                    .path("code").asText();
            String hrss = http.login(staff("hrss", "社保科员", remoteUnit, Role.DEPARTMENT_STAFF).username(),
                    PASSWORD);
            JsonNode remoteTicket = http.get("/tickets/" + remote, hrss).json().path("ticket");
            assertTrue(remoteTicket.path("body").asText().contains("退休金"));
            int v = remoteTicket.path("version").asInt();
            v = http.post("/tickets/" + remote + "/transitions", Map.of("action", "accept", "version", v), hrss)
                    .json().path("version").asInt();
            assertEquals(200, http.post("/tickets/" + remote + "/transitions", Map.of("action", "resolve",
                    "version", v, "reason", "已核实，三个月退休金本周补发到账"), hrss).status());

            JsonNode answered = Poll.until("the answer to come back", Duration.ofSeconds(30), () -> {
                dispatchService.synchronise();
                return http.get("/dispatches/" + dispatchId, dispatcher).json();
            }, j -> j.path("state").asText().equals("answered"));
            assertTrue(answered.path("feedback").asText(), answered.path("feedback").asText().contains("本周补发"));
            assertEquals("closed", answered.path("external").path("status").asText());
            assertTrue(timelineKinds(ticket).contains("linkage.department_feedback"));
        } finally {
            config.delete();
        }
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.path("id").asLong()));
        assertNotNull(ids);
        return ids;
    }
}
