package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.fengqiao.ticketing.api.EscalationService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/** Deadlines, escalation up the organisation tree (P5), leaders' supervision and instructions (P6). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionIT extends FengqiaoTestSupport {

    private EscalationService escalation;

    private ConfigurationAdmin configurations;

    @Before
    public void services() {
        escalation = service(EscalationService.class);
        configurations = service(ConfigurationAdmin.class);
    }


    private static Instant instant(JsonNode node) {
        return Instant.parse(node.asText());
    }

    private JsonNode ticket(long id) {
        return http.get("/tickets/" + id, http.login(staff("reader", "读者", "baotou-psb", Role.OFFICER).username(),
                PASSWORD)).json();
    }

    private List<String> kinds(JsonNode details) {
        List<String> kinds = new ArrayList<>();
        details.path("timeline").forEach(e -> kinds.add(e.path("kind").asText()));
        return kinds;
    }

    @Test
    public void deadlinesAreStoredAndTheCityOverridesThemAtRuntime() throws Exception {
        String citizen = citizen("due");
        String officer = http.login(staff("officer", "钱警官", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        JsonNode posted = http.post("/boards/household/tickets", householdPost("期限"), citizen).json();
        Instant created = instant(posted.path("createdAt"));
        assertEquals(created.plus(Duration.ofHours(24)), instant(posted.path("deadlines").path("firstResponseDue")));
        assertTrue(posted.path("deadlines").path("resolutionDue").isNull());
        assertFalse(posted.path("overdue").asBoolean());

        JsonNode accepted = http.post("/tickets/" + posted.path("id").asLong() + "/transitions",
                Map.of("action", "accept", "version", 1), officer).json();
        assertEquals(instant(accepted.path("updatedAt")).plus(Duration.ofDays(15)),
                instant(accepted.path("deadlines").path("resolutionDue")));
        assertTrue(accepted.path("responseSeconds").asLong() >= 0);

        // the city shortens one category's first-response deadline in etc/org.fengqiao.ticketing.cfg
        Configuration config = configurations.getConfiguration("org.fengqiao.ticketing", null);
        Dictionary<String, Object> properties = config.getProperties() == null ? new Hashtable<>()
                : config.getProperties();
        properties.put("deadline.firesafety.knowledge.first-response", "PT1S");
        config.update(properties);
        Map<String, Object> question = Map.of("category", "knowledge", "title", "灭火器怎么用",
                "body", "家里的干粉灭火器过期了还能用吗？", "fields", Map.of());
        JsonNode quick = Poll.until("the new deadline to apply", Duration.ofSeconds(30),
                () -> http.post("/boards/firesafety/tickets", question, citizen).json(),
                t -> Duration.between(instant(t.path("createdAt")),
                        instant(t.path("deadlines").path("firstResponseDue"))).equals(Duration.ofSeconds(1)));

        // a leader of the bureau sees it in the watch list once it is overdue
        String leader = http.login(staff("leader", "局领导", "baotou-psb", Role.LEADER).username(), PASSWORD);
        long id = quick.path("id").asLong();
        JsonNode queue = Poll.until("the overdue ticket in the leader's queue", Duration.ofSeconds(30),
                () -> http.get("/supervision/queue", leader).json(), q -> contains(q, id));
        for (JsonNode t : queue) {
            if (t.path("id").asLong() == id) {
                assertTrue(t.path("overdue").asBoolean());
            }
        }
        assertEquals(403, http.get("/supervision/queue", officer).status());
    }

    @Test
    public void escalationHappensOncePerLevelEvenWhenTwoSweepsRunAtOnce() throws Exception {
        Account communityOfficer = staff("officer", "社区民警", "shaoxian-community", Role.OFFICER);
        Map<String, Object> post = new HashMap<>(householdPost("逾期未办"));
        post.put("addresseeId", communityOfficer.id());
        long id = http.post("/boards/household/tickets", post, citizen("late")).json().path("id").asLong();
        assertEquals("shaoxian-community", ticket(id).path("ticket").path("unit").path("code").asText());

        Instant now = Instant.now();
        raceTwoSweeps(now.plus(Duration.ofDays(2)));
        JsonNode once = ticket(id);
        assertEquals("shaoxian-precinct", once.path("ticket").path("unit").path("code").asText());
        assertEquals(1, once.path("ticket").path("deadlines").path("escalationLevel").asInt());
        assertEquals(1, kinds(once).stream().filter("escalated"::equals).count());

        raceTwoSweeps(now.plus(Duration.ofDays(4)));
        JsonNode twice = ticket(id);
        assertEquals("baotou-psb", twice.path("ticket").path("unit").path("code").asText());
        assertEquals(2, twice.path("ticket").path("deadlines").path("escalationLevel").asInt());
        assertEquals(2, kinds(twice).stream().filter("escalated"::equals).count());
        JsonNode step = twice.path("timeline").get(twice.path("timeline").size() - 1);
        assertEquals("系统 System", step.path("actor").path("name").asText());
        assertTrue(step.path("body").asText().contains("包头市公安局"));

        raceTwoSweeps(now.plus(Duration.ofDays(6)));
        assertEquals("the bureau is the top", 2,
                ticket(id).path("ticket").path("deadlines").path("escalationLevel").asInt());
    }

    private void raceTwoSweeps(Instant at) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return escalation.escalateOverdue(at);
                }));
            }
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void leadersSuperviseAndInstructAndTheHandlingUnitAcknowledges() {
        String leader = http.login(staff("leader", "李所长", "shaoxian-precinct", Role.LEADER).username(), PASSWORD);
        String otherLeader = http.login(staff("leader", "孙所长", "xingfu-precinct", Role.LEADER).username(), PASSWORD);
        String officer = http.login(staff("officer", "王警官", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        String outsider = http.login(staff("officer", "刘警官", "xingfu-precinct", Role.OFFICER).username(), PASSWORD);
        long id = http.post("/boards/household/tickets", householdPost("请领导督办"), citizen("sup")).json()
                .path("id").asLong();

        assertEquals(403, http.post("/tickets/" + id + "/supervise", Map.of(), otherLeader).status());
        assertEquals(403, http.post("/tickets/" + id + "/supervise", Map.of(), officer).status());
        Http.Response supervised = http.post("/tickets/" + id + "/supervise", Map.of("note", "限三日内办结"), leader);
        assertEquals(supervised.text(), 200, supervised.status());
        assertTrue(supervised.json().path("supervision").path("at").isTextual());
        assertEquals("already_supervised", http.post("/tickets/" + id + "/supervise", Map.of(), leader).error());

        Http.Response instructed = http.post("/tickets/" + id + "/instructions", Map.of("body", "请立即联系群众核实情况"),
                leader);
        assertEquals(instructed.text(), 201, instructed.status());
        long instruction = instructed.json().path("id").asLong();
        assertTrue(contains(http.get("/supervision/queue", leader).json(), id));
        assertFalse(contains(http.get("/supervision/queue", otherLeader).json(), id));

        String ack = "/tickets/" + id + "/instructions/" + instruction + "/acknowledge";
        assertEquals(403, http.post(ack, Map.of(), outsider).status());
        Http.Response acknowledged = http.post(ack, Map.of(), officer);
        assertEquals(acknowledged.text(), 200, acknowledged.status());
        assertTrue(acknowledged.json().path("acknowledgedAt").isTextual());
        assertEquals("already_acknowledged", http.post(ack, Map.of(), officer).error());
        assertEquals("instruction_not_found",
                http.post("/tickets/" + id + "/instructions/999999/acknowledge", Map.of(), officer).error());

        JsonNode details = http.get("/tickets/" + id).json();
        assertEquals(List.of("created", "supervised", "instruction", "acknowledged"), kinds(details));
        assertEquals("李所长", details.path("timeline").get(2).path("actor").path("name").asText());
        assertEquals("请立即联系群众核实情况", details.path("timeline").get(2).path("body").asText());
        assertEquals("王警官", details.path("timeline").get(3).path("actor").path("name").asText());
        assertEquals(1, http.get("/tickets/" + id + "/instructions").json().size());
    }

    private static boolean contains(JsonNode tickets, long id) {
        for (JsonNode t : tickets) {
            if (t.path("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }
}
