package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.identity.api.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** Staff publish on the front page and on boards; answers to a call for clues are confidential (P10). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PublishingIT extends FengqiaoTestSupport {

    @Test
    public void staffPublishAndCallsForCluesStayConfidential() {
        String officer = http.login(staff("officer", "宣传民警", "baotou-psb", Role.OFFICER).username(), PASSWORD);
        String police = http.login(staff("officer", "刑警", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        String witness = citizen("witness");
        String other = citizen("other");

        Http.Response warning = http.post("/articles", Map.of("kind", "crime_warning", "title", "警惕冒充客服诈骗",
                "body", "近期多发冒充快递客服退款诈骗，请勿共享屏幕。"), officer);
        assertEquals(warning.text(), 201, warning.status());
        Http.Response notice = http.post("/articles", Map.of("kind", "notice", "boardId", "household",
                "title", "户籍窗口春节安排", "body", "春节期间户籍窗口照常办公。"), officer);
        assertEquals(201, notice.status());
        long call = http.post("/articles", Map.of("kind", "call_for_clues", "title", "征集盗窃案线索",
                "body", "11月20日夜间少先路发生入室盗窃，欢迎提供线索。"), officer).json().path("id").asLong();

        JsonNode front = http.get("/articles").json();
        assertTrue(front.toString().contains("警惕冒充客服诈骗"));
        assertTrue("board articles are not on the front page", !front.toString().contains("户籍窗口春节安排"));
        assertTrue(http.get("/articles?board=household").text().contains("户籍窗口春节安排"));
        assertEquals(1, http.get("/articles?kind=call_for_clues").json().size());
        assertEquals("宣传民警", http.get("/articles/" + call).json().path("authorName").asText());
        assertEquals("call_for_clues", http.get("/articles/" + call).json().path("kind").asText());

        assertEquals(403, http.post("/articles", Map.of("kind", "notice", "title", "t", "body", "b"), witness)
                .status());
        assertEquals("validation_failed", http.post("/articles", Map.of("kind", "gossip", "title", "t", "body", "b"),
                officer).error());
        Map<String, Object> toLottery = new HashMap<>(Map.of("kind", "notice", "title", "t", "body", "b"));
        toLottery.put("boardId", "lottery");
        assertEquals("board_not_installed", http.post("/articles", toLottery, officer).error());
        assertEquals("article_not_found", http.get("/articles/999999").error());

        assertEquals(201, http.post("/articles/" + call + "/replies", Map.of("body", "我看到一辆白色面包车"), witness)
                .status());
        assertEquals("not_a_call_for_clues", http.post("/articles/" + warning.json().path("id").asLong() + "/replies",
                Map.of("body", "x"), witness).error());
        assertEquals(1, http.get("/articles/" + call + "/replies", witness).json().size());
        assertEquals("others do not see the answer", 0, http.get("/articles/" + call + "/replies", other).json().size());
        assertTrue(http.get("/articles/" + call + "/replies", police).text().contains("白色面包车"));
        assertEquals(401, http.get("/articles/" + call + "/replies").status());

        // publishing, answering and the police read of the answers are in the audit log
        String admin = http.login(staff("audit-admin", "审计", "baotou-psb", Role.ADMIN).username(), PASSWORD);
        String actions = http.get("/audit?subjectType=article&subject=" + call, admin).text();
        for (String action : List.of("article.published", "article.clue_reply", "personal_data.read")) {
            assertTrue(actions, actions.contains("\"" + action + "\""));
        }
    }
}
