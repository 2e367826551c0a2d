package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.MediaType;

import org.fengqiao.identity.api.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The 12345 hotline bridge over real HTTP: keys, idempotent intake, status reported back by pull and by push. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotlineIT extends FengqiaoTestSupport {

    private final Http hotline = new Http(HTTP_PORT, "/hotline/v1");
    private String admin;
    private String key;

    /** The hotline's own system, receiving our status callbacks (a JAX-RS resource in the default application). */
    @Path("hotline-callback")
    public static class HotlineSystem {
        final List<JsonNode> received = new CopyOnWriteArrayList<>();
        final List<String> keys = new CopyOnWriteArrayList<>();

        @POST
        @Consumes(MediaType.WILDCARD)
        public void receive(@HeaderParam("X-Api-Key") String apiKey, String body) throws Exception {
            keys.add(apiKey);
            received.add(new ObjectMapper().readTree(body));
        }
    }

    @Before
    public void keys() {
        admin = http.login(staff("admin", "系统管理员", "baotou-psb", Role.ADMIN).username(), PASSWORD);
        Http.Response issued = http.post("/admin/api-keys", Map.of("name", unique("hotline").replace('.', '-'),
                "clientName", "12345市长热线", "purpose", "hotline"), admin);
        assertEquals(issued.text(), 201, issued.status());
        key = issued.json().path("secret").asText();
        Poll.until("the hotline API", Duration.ofSeconds(60), () -> deliver(key, Map.of()), r -> r.status() == 400);
    }

    private Http.Response deliver(String apiKey, Map<String, Object> record) {
        return hotline.send("POST", "/records", "application/json", Http.json(record),
                apiKey == null ? Map.of() : Map.of("X-Api-Key", apiKey));
    }

    private Http.Response get(String path) {
        return hotline.send("GET", path, null, null, Map.of("X-Api-Key", key));
    }

    private static Map<String, Object> record(String hotlineId, String deadline) {
        Map<String, Object> r = new java.util.HashMap<>(Map.of("hotlineId", hotlineId, "caller", "张先生", "phone",
                "13904721234", "address", "昆都仑区少先路12号院3栋", "content", "小区已经停水两天，物业不给说法，请求尽快恢复供水。",
                "category", "water"));
        if (deadline != null) {
            r.put("deadline", deadline);
        }
        return r;
    }

    @Test
    public void keysAreRequiredAndBadRecordsAreRefusedWithTheirProblems() {
        assertEquals("invalid_api_key", deliver(null, Map.of()).error());
        assertEquals(401, deliver("not-a-key", Map.of()).status());
        Http.Response open311Key = http.post("/admin/api-keys", Map.of("name", unique("client").replace('.', '-'),
                "clientName", "某App", "purpose", "open311"), admin);
        assertEquals("a key for another purpose does not open the hotline", 401,
                deliver(open311Key.json().path("secret").asText(), record("X-1", null)).status());
        assertEquals(403, http.post("/admin/api-keys", Map.of("name", "x1", "clientName", "x", "purpose", "hotline"),
                citizen("nosy")).status());

        Http.Response bad = deliver(key, Map.of("hotlineId", "bad id!", "phone", "abc", "deadline", "tomorrow"));
        assertEquals(400, bad.status());
        List<String> fields = new ArrayList<>();
        bad.json().path("details").forEach(p -> fields.add(p.path("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("hotlineId", "phone", "address", "content",
                "category", "deadline")));
        assertEquals("missing_body", hotline.send("POST", "/records", "application/json", "", Map.of("X-Api-Key",
                key)).error());

        // a revoked key stops working at once
        long id = open311Key.json().path("key").path("id").asLong();
        Http.Response mine = http.post("/admin/api-keys", Map.of("name", unique("old").replace('.', '-'),
                "clientName", "旧热线", "purpose", "hotline"), admin);
        assertEquals(201, mine.status());
        assertEquals(200, http.post("/admin/api-keys/" + mine.json().path("key").path("id").asLong() + "/revoke",
                Map.of(), admin).status());
        assertEquals(401, deliver(mine.json().path("secret").asText(), record("X-2", null)).status());
        assertEquals("api_key_not_found", http.post("/admin/api-keys/99999999/revoke", Map.of(), admin).error());
        assertTrue(id > 0);
    }

    @Test
    public void aRecordDeliveredTwiceMakesOneTicketAndItsStatusFlowsBack() throws Exception {
        HotlineSystem system = new HotlineSystem();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("osgi.jaxrs.resource", Boolean.TRUE);
        ServiceRegistration<?> registration = bundleContext.registerService(Object.class, system, props);
        ConfigurationAdmin configurations = service(ConfigurationAdmin.class);
        Configuration config = configurations.getConfiguration("org.fengqiao.linkage.hotline", null);
        Dictionary<String, Object> previous = config.getProperties();
        Dictionary<String, Object> settings = new Hashtable<>();
        for (String k : java.util.Collections.list(previous.keys())) {
            settings.put(k, previous.get(k));
        }
        settings.put("callback.url", "http://127.0.0.1:" + HTTP_PORT + "/api/_default/hotline-callback");
        settings.put("callback.api_key", "secret-of-the-hotline");
        config.update(settings);
        try {
            String hotlineId = unique("BT12345").replace('.', '-');
            String deadline = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(20).truncatedTo(ChronoUnit.SECONDS)
                    .toString();
            Http.Response first = deliver(key, record(hotlineId, deadline));
            assertEquals(first.text(), 201, first.status());
            assertFalse(first.json().path("duplicate").asBoolean());
            long ticket = first.json().path("ticketId").asLong();
            Http.Response second = deliver(key, record(hotlineId, deadline));
            assertEquals(200, second.status());
            assertTrue(second.json().path("duplicate").asBoolean());
            assertEquals(ticket, second.json().path("ticketId").asLong());

            // the ticket: on the livelihood board, in the hotline's name, caller's contact for staff only
            String officer = http.login(staff("hotline", "派单员", "hotline-12345", Role.DEPARTMENT_STAFF).username(),
                    PASSWORD);
            JsonNode staffView = http.get("/tickets/" + ticket, officer).json();
            assertEquals("livelihood", staffView.path("ticket").path("boardId").asText());
            assertEquals("water_supply", staffView.path("ticket").path("category").asText());
            assertEquals("13904721234", staffView.path("contact").path("phone").asText());
            JsonNode publicView = http.get("/tickets/" + ticket).json();
            assertTrue(publicView.path("contact").isNull() || publicView.path("contact").isMissingNode());
            assertFalse(publicView.toString().contains("13904721234"));
            assertFalse("the house number is masked", publicView.toString().contains("12号院"));
            int onBoard = 0;
            for (JsonNode item : http.get("/boards/livelihood/tickets?size=50").json().path("items")) {
                onBoard += item.path("id").asLong() == ticket ? 1 : 0;
            }
            assertEquals(1, onBoard);

            // handling it: accept (the hotline's deadline applies, being earlier), resolve
            int v = staffView.path("ticket").path("version").asInt();
            JsonNode accepted = http.post("/tickets/" + ticket + "/transitions", Map.of("action", "accept",
                    "version", v), officer).json();
            assertEquals(OffsetDateTime.parse(deadline).toInstant().toString(),
                    java.time.Instant.parse(accepted.path("deadlines").path("resolutionDue").asText()).toString());
            assertEquals(200, http.post("/tickets/" + ticket + "/transitions", Map.of("action", "resolve", "version",
                    accepted.path("version").asInt(), "reason", "已协调水务局抢修，今日18时恢复供水"), officer).status());

            // the hotline's updates come from the ticket events, delivered after the commit: wait for both
            JsonNode status = Poll.until("both updates queued for the hotline", java.time.Duration.ofSeconds(30),
                    () -> get("/records/" + hotlineId).json(), s -> s.path("updates").size() >= 2);
            assertEquals("resolved", status.path("state").asText());
            assertEquals("closed", status.path("status").asText());
            List<String> steps = new ArrayList<>();
            status.path("updates").forEach(u -> steps.add(u.path("step").asText()));
            assertEquals(List.of("accept", "resolve"), steps);
            assertTrue(status.path("updates").get(1).path("note").asText().contains("18时恢复供水"));
            assertEquals(404, get("/records/no-such-record").status());
            JsonNode feed = get("/updates?since=0&limit=1000").json();
            assertTrue(feed.findValues("hotlineId").stream().anyMatch(n -> n.asText().equals(hotlineId)));
            assertEquals(400, get("/updates?since=-1").status());

            // and pushed to the hotline's system, with its key, in order
            Poll.until("both updates at the hotline", Duration.ofSeconds(150), () -> system.received.stream()
                    .filter(n -> n.path("hotlineId").asText().equals(hotlineId)).map(n -> n.path("step").asText())
                    .toList(), s -> s.equals(List.of("accept", "resolve")));
            assertTrue(system.keys.stream().allMatch("secret-of-the-hotline"::equals));
        } finally {
            config.update(previous);
            registration.unregister();
        }
    }

    @Test
    public void aRecordDeliveredByRacingRetriesStillMakesOneTicket() throws Exception {
        String hotlineId = unique("RACE").replace('.', '-');
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<Http.Response> answers = new ArrayList<>();
        try {
            List<java.util.concurrent.Callable<Http.Response>> deliveries = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                deliveries.add(() -> deliver(key, record(hotlineId, null)));
            }
            for (java.util.concurrent.Future<Http.Response> f : pool.invokeAll(deliveries)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        long created = answers.stream().filter(r -> r.status() == 201).count();
        assertEquals(answers.toString(), 1, created);
        java.util.Set<Long> tickets = new java.util.HashSet<>();
        for (Http.Response r : answers) {
            assertTrue(r.text(), r.status() == 201 || r.status() == 200
                    || r.status() == 409 && "delivery_in_progress".equals(r.error()));
            if (r.status() != 409) {
                tickets.add(r.json().path("ticketId").asLong());
            }
        }
        assertEquals(1, tickets.size());
        Http.Response repeat = deliver(key, record(hotlineId, null));
        assertEquals(200, repeat.status());
        assertEquals(tickets.iterator().next().longValue(), repeat.json().path("ticketId").asLong());
    }
}
