package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.identity.api.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** The emergency fast path (P11) and official statements pinned on posts (P10). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EmergencyIT extends FengqiaoTestSupport {

    @Before
    public void ready() {
        Poll.until("the help board", java.time.Duration.ofSeconds(60), () -> http.get("/boards/help"),
                r -> r.status() == 200);
    }

    private static List<String> kinds(JsonNode details) {
        List<String> kinds = new ArrayList<>();
        details.path("timeline").forEach(e -> kinds.add(e.path("kind").asText()));
        return kinds;
    }

    /** Whether the person was told within a while: notifications come from the outbox after the commit. */
    private boolean notified(String token, long ticketId, String kind) {
        try {
            return Poll.until(kind + " notice", java.time.Duration.ofSeconds(30),
                    () -> notifiedNow(token, ticketId, kind), found -> found);
        } catch (AssertionError timedOut) {
            return false;
        }
    }

    private boolean notifiedNow(String token, long ticketId, String kind) {
        for (JsonNode n : http.get("/me/notifications?size=100", token).json().path("items")) {
            if (n.path("ticketId").asLong() == ticketId && kind.equals(n.path("kind").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void emergenciesAlertTheCommandCentreAtOnceAndLeadersOrderUnits() {
        String duty = http.login(staff("duty", "指挥中心值班员", "command-centre", Role.OFFICER).username(), PASSWORD);
        String citizen = citizen("sos");
        JsonNode medical = http.post("/boards/help/tickets", Map.of("category", "urgent_medical", "title", "老人晕倒",
                "body", "公园里有老人晕倒，需要急救。", "fields", Map.of("location", "劳动公园")), citizen).json();
        long id = medical.path("id").asLong();
        assertTrue(medical.path("emergency").asBoolean());
        assertEquals(List.of("created", "alerted"), kinds(http.get("/tickets/" + id).json()));
        assertTrue("the command centre is alerted", notified(duty, id, "alerted"));

        JsonNode keyword = http.post("/boards/household/tickets", Map.of("category", "general",
                "title", "楼下有人持刀闹事", "body", "请快来！", "fields", Map.of("applicant_relation", "self")), citizen)
                .json();
        assertTrue("a keyword rule makes an emergency", keyword.path("emergency").asBoolean());
        JsonNode ordinary = http.post("/boards/household/tickets", householdPost("普通咨询"), citizen).json();
        assertFalse(ordinary.path("emergency").asBoolean());

        String leader = http.login(staff("leader", "指挥长", "baotou-psb", Role.LEADER).username(), PASSWORD);
        String precinctLeader = http.login(staff("leader", "所长丙", "shaoxian-precinct", Role.LEADER).username(),
                PASSWORD);
        String onScene = http.login(staff("officer", "出警民警", "xingfu-precinct", Role.OFFICER).username(), PASSWORD);
        Map<String, Object> order = Map.of("unit", "xingfu-precinct", "instruction", "立即出警，联系120");
        assertEquals(403, http.post("/tickets/" + id + "/orders", order, duty).status());
        assertEquals(403, http.post("/tickets/" + id + "/orders", order, precinctLeader).status());
        assertEquals("validation_failed", http.post("/tickets/" + id + "/orders",
                Map.of("unit", "atlantis", "instruction", "x"), leader).error());
        Http.Response ordered = http.post("/tickets/" + id + "/orders", order, leader);
        assertEquals(ordered.text(), 200, ordered.status());
        assertEquals("xingfu-precinct", ordered.json().path("unit").path("code").asText());
        JsonNode details = http.get("/tickets/" + id).json();
        JsonNode step = details.path("timeline").get(details.path("timeline").size() - 1);
        assertEquals("ordered", step.path("kind").asText());
        assertEquals("指挥长", step.path("actor").path("name").asText());
        assertTrue(step.path("body").asText().contains("立即出警"));
        assertTrue("the ordered unit hears of it", notified(onScene, id, "ordered"));

        // emergency response times are reported apart
        http.post("/tickets/" + id + "/replies", Map.of("body", "民警已到场"), onScene);
        // figures are counted from the events within a second
        JsonNode figures = Poll.until("the emergency's response in the figures", java.time.Duration.ofSeconds(20),
                () -> http.get("/stats?board=help").json().path("figures"),
                f -> f.path("emergencyFirstResponse").path("measured").asLong() >= 1);
        assertEquals(1, figures.path("emergencies").asLong());
        assertEquals(1, figures.path("emergencyFirstResponse").path("measured").asLong());
    }

    @Test
    public void anOfficialStatementIsPinnedFirstOnAPost() {
        String citizen = citizen("rumour");
        String officer = http.login(staff("officer", "新闻发言人", "baotou-psb", Role.OFFICER).username(), PASSWORD);
        long id = http.post("/boards/household/tickets", Map.of("category", "general", "title", "听说要取消户口",
                "body", "网上说明年起取消户籍制度，是真的吗？", "fields", Map.of("applicant_relation", "self")), citizen)
                .json().path("id").asLong();
        assertEquals(403, http.post("/tickets/" + id + "/statement", Map.of("body", "假的"), citizen).status());
        assertEquals("validation_failed", http.post("/tickets/" + id + "/statement", Map.of("body", ""), officer)
                .error());
        Http.Response pinned = http.post("/tickets/" + id + "/statement",
                Map.of("body", "经核实，该消息为谣言，户籍管理政策没有变化。"), officer);
        assertEquals(pinned.text(), 200, pinned.status());
        JsonNode ticket = http.get("/tickets/" + id).json().path("ticket");
        assertEquals("经核实，该消息为谣言，户籍管理政策没有变化。", ticket.path("statement").path("body").asText());
        assertTrue("the statement comes first", ticket.toString().indexOf("\"statement\"")
                < ticket.toString().indexOf("\"title\""));
        assertTrue(notified(citizen, id, "statement"));
    }
}
