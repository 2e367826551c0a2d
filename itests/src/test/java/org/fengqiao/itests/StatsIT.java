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

        // visits are counted in memory and written as daily counters every two seconds; tickets, replies and ratings
        // are counted from their events within a second
        Http.Response response = Poll.until("the posts, replies, rating and visits in the figures",
                java.time.Duration.ofSeconds(20), () -> http.get("/stats?board=notices"), r -> {
                    JsonNode figures = r.json().path("figures");
                    return figures.path("visits").asLong() >= 3 && figures.path("tickets").asLong() >= 3
                            && figures.path("replies").asLong() >= 2 && figures.path("ratings").asLong() >= 1
                            && figures.path("resolution").path("measured").asLong() >= 1;
                });
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
        assertEquals(3, f.path("byUnit").get(0).path("tickets").asLong());
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

    /** A change counted again (the counter's cursor moved back, as after a crash before it moved) counts nothing twice. */
    @Test
    public void eventsCountedAgainChangeNothing() throws Exception {
        String citizen = citizen("stats-again");
        String officer = http.login(staff("officer", "复核民警", "shaoxian-precinct", Role.OFFICER).username(),
                PASSWORD);
        long a = http.post("/boards/household/tickets", householdPost("统计甲"), citizen).json().path("id").asLong();
        http.post("/boards/household/tickets", householdPost("统计乙"), citizen);
        assertEquals(201, http.post("/tickets/" + a + "/replies", Map.of("body", "已受理"), officer).status());
        JsonNode before = Poll.until("the two posts and the reply in the figures", java.time.Duration.ofSeconds(20),
                () -> http.get("/stats?board=household").json().path("figures"),
                f -> f.path("tickets").asLong() >= 2 && f.path("replies").asLong() >= 1
                        && f.path("firstResponse").path("measured").asLong() >= 1);
        JsonNode unit = http.get("/stats?board=household&unit=shaoxian-precinct").json().path("figures");
        assertEquals(before.path("tickets").asLong(), unit.path("tickets").asLong());
        assertTrue("a unit's median is read from its tickets", unit.path("firstResponse").path("medianSeconds")
                .isNumber());

        javax.sql.DataSource data = bundleContext.getService(bundleContext.getServiceReferences(
                javax.sql.DataSource.class, "(osgi.jndi.service.name=jdbc/fengqiao)").iterator().next());
        try (java.sql.Connection c = data.getConnection()) {
            c.setAutoCommit(true);
            try (java.sql.Statement rewind = c.createStatement()) {
                assertEquals(1, rewind.executeUpdate("UPDATE FQ_EVENT_CURSOR SET LAST_EVENT_ID = 0"
                        + " WHERE LISTENER = 'fengqiao.stats-counters'"));
            }
            Poll.until("every event counted again", java.time.Duration.ofSeconds(30), () -> {
                try (java.sql.Statement read = c.createStatement(); java.sql.ResultSet r = read.executeQuery(
                        "SELECT (SELECT MAX(ID) FROM FQ_TICKET_EVENT) - LAST_EVENT_ID FROM FQ_EVENT_CURSOR"
                                + " WHERE LISTENER = 'fengqiao.stats-counters'")) {
                    r.next();
                    return r.getLong(1);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, behind -> behind == 0);
        }
        JsonNode after = http.get("/stats?board=household").json().path("figures");
        for (String figure : new String[] {"tickets", "replies", "firstResponse", "resolution", "byBoard", "byUnit",
            "byDay"}) {
            assertEquals(figure, before.path(figure), after.path(figure));
        }
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
        // figures are kept per day: a period given in instants is the whole days it touches
        JsonNode hours = http.get("/stats?from=2026-11-01T03:00:00Z&to=2026-11-02T01:00:00Z").json();
        assertEquals("2026-10-31T16:00:00Z", hours.path("period").path("from").asText());
        assertEquals("2026-11-02T16:00:00Z", hours.path("period").path("to").asText());
        assertEquals(2, hours.path("figures").path("byDay").size());
    }
}
