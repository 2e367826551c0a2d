package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** Posts addressed to named staff land in their queue and their unit's (P3); complaints never do (P4). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AddressingIT extends FengqiaoTestSupport {

    @Before
    public void ready() {
        Poll.until("the complaints board", java.time.Duration.ofSeconds(60), () -> http.get("/boards/complaints"),
                r -> r.status() == 200);
    }

    private static boolean contains(JsonNode page, long id) {
        for (JsonNode t : page.path("items")) {
            if (t.path("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void anAddressedPostLandsInThePersonsQueueAndTheirUnits() {
        Account named = staff("officer", "楼长张伟", "shaoxian-community", Role.OFFICER);
        String namedToken = http.login(named.username(), PASSWORD);
        String colleague = http.login(staff("grid", "网格员孙丽", "shaoxian-community", Role.GRID_WORKER).username(),
                PASSWORD);
        String elsewhere = http.login(staff("officer", "别处民警", "xingfu-community", Role.OFFICER).username(), PASSWORD);
        Map<String, Object> post = new HashMap<>(householdPost("写给张警官"));
        post.put("addresseeId", named.id());
        long id = http.post("/boards/household/tickets", post, citizen("addr")).json().path("id").asLong();

        assertTrue(contains(http.get("/me/queue", namedToken).json(), id));
        assertTrue(contains(http.get("/me/queue?scope=unit", colleague).json(), id));
        assertFalse(contains(http.get("/me/queue?scope=unit", elsewhere).json(), id));
        assertFalse(contains(http.get("/me/queue", colleague).json(), id));
        assertEquals("validation_failed", http.get("/me/queue?scope=everyone", namedToken).error());
        assertEquals(403, http.get("/me/queue", citizen("curious")).status());
    }

    @Test
    public void aComplaintGoesToSupervisionAndTheNamedOfficerCannotActOnIt() {
        Account accused = staff("officer", "被投诉民警", "xingfu-precinct", Role.OFFICER);
        String accusedToken = http.login(accused.username(), PASSWORD);
        String colleague = http.login(staff("officer", "同所民警", "xingfu-precinct", Role.OFFICER).username(), PASSWORD);
        String supervisor = http.login(staff("supervisor", "督察郭正", "discipline-office", Role.SUPERVISOR).username(),
                PASSWORD);
        String citizen = citizen("complain");

        Map<String, Object> complaint = new HashMap<>(Map.of("category", "inaction", "title", "报警后无人出警",
                "body", "多次报警称楼下噪音扰民，民警一直未处理。",
                "fields", Map.of("incident_time", "2026-11-20T23:00", "incident_place", "幸福路某烧烤店")));
        Http.Response unnamed = http.post("/boards/complaints/tickets", complaint, citizen);
        assertEquals("validation_failed", unnamed.error());
        assertTrue(unnamed.text().contains("addresseeId"));

        complaint.put("addresseeId", accused.id());
        JsonNode posted = http.post("/boards/complaints/tickets", complaint, citizen).json();
        long id = posted.path("id").asLong();
        assertEquals("discipline-office", posted.path("unit").path("code").asText());

        assertFalse(contains(http.get("/me/queue", accusedToken).json(), id));
        assertFalse(contains(http.get("/me/queue?scope=unit", accusedToken).json(), id));
        assertTrue(contains(http.get("/me/queue?scope=unit", supervisor).json(), id));

        assertEquals("subject_of_complaint",
                http.post("/tickets/" + id + "/replies", Map.of("body", "我没有"), accusedToken).error());
        assertEquals("subject_of_complaint", http.post("/tickets/" + id + "/transitions",
                Map.of("action", "accept", "version", 1), accusedToken).error());
        assertEquals(403, http.post("/tickets/" + id + "/transitions", Map.of("action", "accept", "version", 1),
                colleague).status());

        Http.Response accepted = http.post("/tickets/" + id + "/transitions", Map.of("action", "accept", "version", 1),
                supervisor);
        assertEquals(accepted.text(), 200, accepted.status());
        Http.Response answer = http.post("/tickets/" + id + "/replies", Map.of("body", "督察部门已受理，将调查核实。"),
                supervisor);
        assertEquals("supervisor", answer.json().path("actor").path("badge").asText());

        // the handling is public
        JsonNode timeline = http.get("/tickets/" + id).json().path("timeline");
        assertEquals(3, timeline.size());
        assertEquals("督察郭正", timeline.get(2).path("actor").path("name").asText());
    }
}
