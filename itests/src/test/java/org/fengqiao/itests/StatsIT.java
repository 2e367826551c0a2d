package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.fengqiao.identity.api.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** The figures match the data they count (P13). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StatsIT extends FengqiaoTestSupport {

    private static Map<String, Object> question(String title) {
        return Map.of("category", "law_question", "title", title, "body", "请问相关法律规定。", "fields", Map.of());
    }

    @Test
    public void figuresMatchTheData() {
        String citizen = citizen("stats");
        String officer = http.login(staff("officer", "统计民警", "baotou-psb", Role.OFFICER).username(), PASSWORD);
        long a = http.post("/boards/notices/tickets", question("甲"), citizen).json().path("id").asLong();
        long b = http.post("/boards/notices/tickets", question("乙"), citizen).json().path("id").asLong();
        http.post("/boards/notices/tickets", question("丙"), citizen);

        http.post("/tickets/" + a + "/replies", Map.of("body", "答复甲"), officer);
        http.post("/tickets/" + b + "/replies", Map.of("body", "答复乙"), officer);
        int v = http.post("/tickets/" + a + "/transitions", Map.of("action", "accept", "version", 1), officer).json()
                .path("version").asInt();
        v = http.post("/tickets/" + a + "/transitions", Map.of("action", "resolve", "version", v), officer).json()
                .path("version").asInt();
        http.post("/tickets/" + a + "/transitions", Map.of("action", "confirm", "version", v), citizen);
        assertEquals(200, http.post("/tickets/" + a + "/rating", Map.of("score", 4), citizen).status());

        // three visits: the list twice, one ticket once
        http.get("/boards/notices/tickets");
        http.get("/boards/notices/tickets?page=1");
        http.get("/tickets/" + b);

        // visits are counted in memory and written as daily counters every two seconds
        Http.Response response = Poll.until("the three visits in the figures", java.time.Duration.ofSeconds(20),
                () -> http.get("/stats?board=notices"), r -> r.json().path("figures").path("visits").asLong() >= 3);
        assertEquals(response.text(), 200, response.status());
        JsonNode s = response.json();
        JsonNode f = s.path("figures");
        assertEquals(3, f.path("tickets").asLong());
        assertEquals(2, f.path("replies").asLong());
        assertEquals(3, f.path("visits").asLong());
        assertEquals(2, f.path("firstResponse").path("measured").asLong());
        assertEquals(1.0, f.path("firstResponse").path("withinDeadline").asDouble(), 0.0);
        assertTrue(f.path("firstResponse").path("p90Seconds").asLong() >= f.path("firstResponse")
                .path("medianSeconds").asLong());
        assertEquals(1, f.path("resolution").path("measured").asLong());
        assertEquals(4.0, f.path("satisfaction").asDouble(), 0.0);
        assertEquals(1, f.path("ratings").asLong());
        assertTrue(s.path("members").path("total").asLong() >= 1);
        assertTrue(s.path("members").path("joined").asLong() >= 1);

        JsonNode board = f.path("byBoard").get(0);
        assertEquals("notices", board.path("key").asText());
        assertEquals(3, board.path("tickets").asLong());
        assertEquals(1, board.path("resolved").asLong());
        assertEquals(2, board.path("replies").asLong());
        assertEquals(3, board.path("visits").asLong());
        assertEquals("baotou-psb", f.path("byUnit").get(0).path("key").asText());
        long perDay = 0;
        for (JsonNode day : f.path("byDay")) {
            perDay += day.path("tickets").asLong();
        }
        assertEquals(3, perDay);
        assertEquals(31, f.path("byDay").size());

        assertEquals(0, http.get("/stats?board=notices&unit=shaoxian-precinct").json().path("figures")
                .path("tickets").asLong());
        assertTrue(http.get("/stats").json().path("figures").path("tickets").asLong() >= 3);
    }

    @Test
    public void badPeriodsAndFiltersAreRefused() {
        assertEquals("validation_failed", http.get("/stats?from=2026-13-01").error());
        assertEquals("validation_failed", http.get("/stats?from=2026-11-20&to=2026-11-10").error());
        assertEquals("validation_failed", http.get("/stats?from=2024-01-01&to=2026-01-01").error());
        assertEquals("validation_failed", http.get("/stats?unit=atlantis").error());
        assertEquals("board_not_installed", http.get("/stats?board=lottery").error());
        JsonNode day = http.get("/stats?from=2026-11-01&to=2026-11-01").json();
        assertEquals(1, day.path("figures").path("byDay").size());
        assertEquals("2026-10-31T16:00:00Z", day.path("period").path("from").asText());
    }
}
