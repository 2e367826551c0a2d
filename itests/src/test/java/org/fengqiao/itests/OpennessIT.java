package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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

/** Open by default, with the exceptions a real city needs (P2), mutual aid (P12) and experts' badges (P9). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpennessIT extends FengqiaoTestSupport {

    private static final String PERSONAL = "我的身份证11010519491231002X，电话13904720001，住少先路29号3栋501室。";

    @Before
    public void ready() {
        Poll.until("the boards these tests use", java.time.Duration.ofSeconds(60), () -> http.get("/boards").text(),
                boards -> List.of("household", "tipoff", "help", "legal").stream()
                        .allMatch(id -> boards.contains("\"id\":\"" + id + "\"")));
    }

    private long post(String board, Map<String, Object> body, String token) {
        Http.Response r = http.post("/boards/" + board + "/tickets", body, token);
        assertEquals(r.text(), 201, r.status());
        return r.json().path("id").asLong();
    }

    @Test
    public void personalDataIsMaskedInPublicViewsButNotForTheAuthorOrStaff() {
        String author = citizen("mask");
        String officer = http.login(staff("officer", "周警官", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        long id = post("household", Map.of("category", "general", "title", "电话13904720001打不通", "body", PERSONAL,
                "fields", Map.of("applicant_relation", "self", "id_number", "11010519491231002X")), author);

        for (String viewer : new String[] { null, citizen("other") }) {
            JsonNode t = http.get("/tickets/" + id, viewer).json().path("ticket");
            String text = t.toString();
            assertFalse(text, text.contains("13904720001") || text.contains("19491231") || text.contains("29号"));
            assertTrue(text, t.path("body").asText().contains("110105********002X"));
            assertTrue(text, t.path("title").asText().contains("139****0001"));
            assertEquals("110105********002X", t.path("fields").path("id_number").asText());
        }
        assertFalse(http.get("/boards/household/tickets?size=100").text().contains("13904720001"));
        assertEquals(PERSONAL, http.get("/tickets/" + id, author).json().path("ticket").path("body").asText());
        assertEquals(PERSONAL, http.get("/tickets/" + id, officer).json().path("ticket").path("body").asText());

        // replies are masked too
        http.post("/tickets/" + id + "/replies", Map.of("body", "请拨打13904720002联系户籍窗口"), officer);
        String publicTimeline = http.get("/tickets/" + id).json().path("timeline").toString();
        assertTrue(publicTimeline, publicTimeline.contains("139****0002"));
        assertFalse(publicTimeline.contains("13904720002"));
    }

    @Test
    public void tipOffsAreConfidentialToTheAuthorAndPolice() {
        String author = citizen("tip");
        String stranger = citizen("stranger");
        String officer = http.login(staff("officer", "吴警官", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        String lawyer = http.login(staff("lawyer", "冯律师", "legal-aid-centre", Role.LAWYER).username(), PASSWORD);
        long id = post("tipoff", Map.of("category", "drugs", "title", "疑似贩毒", "body", "某小区地下室夜间有人交易。",
                "fields", Map.of("location", "少先路", "evidence", List.of("photo"))), author);

        assertEquals("confidential", boardById("tipoff").path("visibility").asText());
        for (String outsider : new String[] { null, stranger, lawyer }) {
            assertEquals("ticket_not_found", http.get("/tickets/" + id, outsider).error());
            JsonNode list = http.get("/boards/tipoff/tickets", outsider).json();
            assertEquals("the public listing shows counts only", 0, list.path("items").size());
            assertTrue(list.path("total").asLong() >= 1);
        }
        assertEquals("ticket_not_found",
                http.post("/tickets/" + id + "/replies", Map.of("body", "我也看到了"), stranger).error());
        assertEquals("ticket_not_found",
                http.post("/tickets/" + id + "/flags", Map.of("reason", "x"), stranger).error());

        assertEquals(200, http.get("/tickets/" + id, author).status());
        assertEquals(200, http.get("/tickets/" + id, officer).status());
        assertTrue(http.get("/boards/tipoff/tickets?size=100", officer).text().contains("疑似贩毒"));
        assertEquals(201, http.post("/tickets/" + id + "/replies", Map.of("body", "线索已收到，感谢。"), officer).status());
    }

    @Test
    public void staffHideUnlawfulPostsWithAPublicReasonAndSeeCitizensFlags() {
        String author = citizen("rumour");
        String reporter = citizen("reporter");
        String officer = http.login(staff("officer", "郑警官", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        long id = post("household", Map.of("category", "general", "title", "散布谣言", "body", "谣言内容",
                "fields", Map.of("applicant_relation", "self")), author);

        Http.Response flagged = http.post("/tickets/" + id + "/flags", Map.of("reason", "造谣"), reporter);
        assertEquals(flagged.text(), 201, flagged.status());
        assertEquals(403, http.get("/flags", reporter).status());
        assertTrue(http.get("/flags", officer).text().contains("\"ticketId\":" + id));

        assertEquals(403, http.post("/tickets/" + id + "/hide", Map.of("reason", "x"), reporter).status());
        assertEquals("validation_failed", http.post("/tickets/" + id + "/hide", Map.of("reason", ""), officer).error());
        Http.Response hidden = http.post("/tickets/" + id + "/hide", Map.of("reason", "散布虚假信息，依法隐藏"), officer);
        assertEquals(hidden.text(), 200, hidden.status());
        assertEquals("already_hidden",
                http.post("/tickets/" + id + "/hide", Map.of("reason", "again"), officer).error());

        JsonNode publicView = http.get("/tickets/" + id).json();
        assertTrue(publicView.path("ticket").path("title").isNull());
        assertTrue(publicView.path("ticket").path("body").isNull());
        assertEquals("散布虚假信息，依法隐藏", publicView.path("ticket").path("hidden").path("reason").asText());
        JsonNode last = publicView.path("timeline").get(publicView.path("timeline").size() - 1);
        assertEquals("hidden", last.path("kind").asText());
        assertEquals("郑警官", last.path("actor").path("name").asText());
        assertEquals("谣言内容", http.get("/tickets/" + id, author).json().path("ticket").path("body").asText());
        assertFalse("hiding settles the reports", http.get("/flags", officer).text().contains("\"ticketId\":" + id + ","));
    }

    @Test
    public void citizensHelpEachOtherAndExpertsAnswerWithTheirBadge() {
        String author = citizen("lost");
        String neighbour = citizen("neighbour");
        long help = post("help", Map.of("category", "lost_property", "title", "丢了一只柯基", "body", "昨晚在公园走失。",
                "fields", Map.of("location", "劳动公园", "item_kind", "pet")), author);
        Http.Response mutualAid = http.post("/tickets/" + help + "/replies", Map.of("body", "我在公园东门见过"), neighbour);
        assertEquals(mutualAid.text(), 201, mutualAid.status());
        assertFalse("marked as a citizen's reply", mutualAid.json().path("actor").path("staff").asBoolean());
        assertTrue(boardById("help").path("citizensMayReply").asBoolean());

        long household = post("household", householdPost("不许他人回帖"), author);
        assertEquals(403, http.post("/tickets/" + household + "/replies", Map.of("body", "x"), neighbour).status());

        String lawyer = http.login(staff("lawyer", "冯律师", "legal-aid-centre", Role.LAWYER).username(), PASSWORD);
        String officer = http.login(staff("officer", "韩警官", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        long legal = post("legal", Map.of("category", "labour", "title", "老板拖欠工资", "body", "三个月没发工资。",
                "fields", Map.of("stage", "consulting", "issue", "unpaid_wages", "amount_in_dispute", 15000)), author);
        assertEquals("lawyer", http.post("/tickets/" + legal + "/replies", Map.of("body", "可申请劳动仲裁。"), lawyer)
                .json().path("actor").path("badge").asText());
        assertTrue(http.post("/tickets/" + legal + "/replies", Map.of("body", "也可到派出所咨询。"), officer)
                .json().path("actor").path("badge").isNull());
        JsonNode timeline = http.get("/tickets/" + legal).json().path("timeline");
        assertEquals("lawyer", timeline.get(1).path("actor").path("badge").asText());
    }

    private JsonNode boardById(String id) {
        for (JsonNode b : http.get("/boards").json()) {
            if (id.equals(b.path("id").asText())) {
                return b;
            }
        }
        throw new AssertionError("no board " + id);
    }
}
