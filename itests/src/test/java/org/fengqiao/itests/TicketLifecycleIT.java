package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** The ticket's life over real HTTP: the full story, optimistic locking, the staff directory and bad input. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TicketLifecycleIT extends FengqiaoTestSupport {


    private Map<String, Object> transition(String action, int version) {
        Map<String, Object> t = new HashMap<>();
        t.put("action", action);
        t.put("version", version);
        return t;
    }

    @Test
    public void fullStoryFromPostToRating() {
        String citizen = citizen("story");
        Account officer = staff("officer", "王警官", "shaoxian-precinct", Role.OFFICER);
        String officerToken = http.login(officer.username(), PASSWORD);

        Http.Response me = http.get("/me", citizen);
        assertEquals(200, me.status());
        assertEquals("市民story", me.json().path("displayName").asText());

        Http.Response posted = http.post("/boards/household/tickets", householdPost("身份证换领"), citizen);
        assertEquals(posted.text(), 201, posted.status());
        JsonNode ticket = posted.json();
        long id = ticket.path("id").asLong();
        assertEquals("submitted", ticket.path("state").asText());
        assertEquals(1, ticket.path("version").asInt());
        assertEquals("shaoxian-precinct", ticket.path("unit").path("code").asText());
        assertEquals("renewal", ticket.path("fields").path("card_request").asText());

        // a citizen cannot accept, the officer can
        assertEquals(403, http.post("/tickets/" + id + "/transitions", transition("accept", 1), citizen).status());
        Http.Response accepted = http.post("/tickets/" + id + "/transitions", transition("accept", 1), officerToken);
        assertEquals(accepted.text(), 200, accepted.status());
        assertEquals("accepted", accepted.json().path("state").asText());
        assertNotNull(accepted.json().path("firstResponseAt").textValue());
        int version = accepted.json().path("version").asInt();

        Http.Response reply = http.post("/tickets/" + id + "/replies", Map.of("body", "请携带户口簿到窗口办理。"),
                officerToken);
        assertEquals(reply.text(), 201, reply.status());
        assertEquals("王警官", reply.json().path("actor").path("name").asText());

        Http.Response resolved = http.post("/tickets/" + id + "/transitions", transition("resolve", version),
                officerToken);
        assertEquals(resolved.text(), 200, resolved.status());
        assertEquals("resolved", resolved.json().path("state").asText());

        // only the author confirms and rates
        int v = resolved.json().path("version").asInt();
        assertEquals(403, http.post("/tickets/" + id + "/transitions", transition("confirm", v), officerToken).status());
        Http.Response closed = http.post("/tickets/" + id + "/transitions", transition("confirm", v), citizen);
        assertEquals(closed.text(), 200, closed.status());
        assertEquals("closed", closed.json().path("state").asText());
        assertEquals(403, http.post("/tickets/" + id + "/rating", Map.of("score", 5), officerToken).status());
        Http.Response rated = http.post("/tickets/" + id + "/rating", Map.of("score", 5, "comment", "很满意"), citizen);
        assertEquals(rated.text(), 200, rated.status());
        assertEquals(5, rated.json().path("rating").path("score").asInt());
        assertEquals("already_rated", http.post("/tickets/" + id + "/rating", Map.of("score", 4), citizen).error());

        // the public timeline, read without a token, shows every step and who did it
        Http.Response details = http.get("/tickets/" + id);
        assertEquals(200, details.status());
        List<String> steps = new ArrayList<>();
        for (JsonNode e : details.json().path("timeline")) {
            steps.add(e.path("kind").asText() + ":" + e.path("action").asText("") + ":" + e.path("actor").path("name").asText());
        }
        assertEquals(List.of("created::市民story", "transition:accept:王警官", "reply::王警官",
                "transition:resolve:王警官", "transition:confirm:市民story", "rating::市民story"), steps);
        JsonNode staffStep = details.json().path("timeline").get(1).path("actor");
        assertTrue(staffStep.path("staff").asBoolean());
        assertEquals("shaoxian-precinct", staffStep.path("unit").path("code").asText());

        // and the ticket is in the board's public list, newest first
        Http.Response list = http.get("/boards/household/tickets?state=closed&size=100");
        assertEquals(200, list.status());
        boolean found = false;
        for (JsonNode t : list.json().path("items")) {
            found |= t.path("id").asLong() == id;
        }
        assertTrue("closed ticket listed", found);
    }

    @Test
    public void thePublicsPagesShowEveryChangeAtOnce() {
        String citizen = citizen("public");
        Account officer = staff("officer", "赵警官", "shaoxian-precinct", Role.OFFICER);
        String officerToken = http.login(officer.username(), PASSWORD);
        String list = "/boards/household/tickets?size=3";
        Http.Response first = http.get(list);
        assertEquals(200, first.status());
        assertEquals("the same page again, nothing changed", first.text(), http.get(list).text());

        long id = http.post("/boards/household/tickets", householdPost("公开列表"), citizen).json().path("id").asLong();
        JsonNode posted = http.get(list).json().path("items").path(0);
        assertEquals(id, posted.path("id").asLong());
        assertEquals("the public reads the ID number masked", "110105********002X",
                posted.path("fields").path("id_number").asText());

        String view = "/tickets/" + id;
        assertEquals("submitted", http.get(view).json().path("ticket").path("state").asText());
        assertEquals(http.get(view).text(), http.get(view).text());
        assertEquals(200, http.post("/tickets/" + id + "/transitions", transition("accept", 1), officerToken).status());
        assertEquals("accepted", http.get(list).json().path("items").path(0).path("state").asText());
        assertEquals("accepted", http.get(view).json().path("ticket").path("state").asText());
        assertEquals(201, http.post(view + "/replies", Map.of("body", "请到窗口办理。"), officerToken).status());
        JsonNode timeline = http.get(view).json().path("timeline");
        assertEquals("请到窗口办理。", timeline.path(timeline.size() - 1).path("body").asText());

        assertEquals(200, http.post("/tickets/" + id + "/hide", Map.of("reason", "含个人信息"), officerToken).status());
        JsonNode hidden = http.get(list).json().path("items").path(0);
        assertEquals("含个人信息", hidden.path("hidden").path("reason").asText());
        assertTrue(hidden.path("title").isNull());
        // whoever sends credentials gets the page as they may see it, never the public's
        JsonNode own = http.get(list, citizen).json().path("items").path(0);
        assertEquals("公开列表", own.path("title").asText());
        assertEquals("11010519491231002X", own.path("fields").path("id_number").asText());
    }

    @Test
    public void twoStaffActingAtOnceNeverLoseAnUpdate() throws Exception {
        String citizen = citizen("lock");
        String first = http.login(staff("officer", "甲警官", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        String second = http.login(staff("officer", "乙警官", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        long id = http.post("/boards/household/tickets", householdPost("并发"), citizen).json().path("id").asLong();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Http.Response>> results = new ArrayList<>();
            for (String token : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    go.await();
                    return http.post("/tickets/" + id + "/transitions", transition("accept", 1), token);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            JsonNode conflict = null;
            for (Future<Http.Response> f : results) {
                Http.Response r = f.get();
                statuses.add(r.status());
                if (r.status() == 409) {
                    conflict = r.json();
                }
            }
            Collections.sort(statuses);
            assertEquals(List.of(200, 409), statuses);
            assertEquals("stale_version", conflict.path("error").asText());
            assertEquals(2, conflict.path("currentVersion").asInt());
        } finally {
            pool.shutdownNow();
        }
        // exactly one accept was recorded
        long accepts = 0;
        for (JsonNode e : http.get("/tickets/" + id).json().path("timeline")) {
            accepts += "accept".equals(e.path("action").asText()) ? 1 : 0;
        }
        assertEquals(1, accepts);
        // acting again on the old version is refused as well
        assertEquals("stale_version",
                http.post("/tickets/" + id + "/transitions", transition("resolve", 1), first).error());
    }

    @Test
    public void directoryAndOrganisationTreeArePublic() {
        Account leader = staff("leader", "李所长", "shaoxian-precinct", Role.LEADER);
        Http.Response units = http.get("/units");
        assertEquals(200, units.status());
        assertEquals("baotou-psb", units.json().get(0).path("code").asText());
        assertEquals("包头市公安局", units.json().get(0).path("nameZh").asText());

        Http.Response byUnitAndRole = http.get("/staff?unit=baotou-psb&role=leader&size=200");
        assertEquals(200, byUnitAndRole.status());
        boolean found = false;
        for (JsonNode s : byUnitAndRole.json()) {
            found |= s.path("id").asLong() == leader.id();
            assertTrue(s.path("roles").toString().contains("leader"));
            assertFalse("no private data in the directory", s.has("username") || s.has("phone"));
        }
        assertTrue("a leader of a precinct is found under the bureau", found);
        Http.Response byName = http.get("/staff?q=%E6%9D%8E%E6%89%80%E9%95%BF");
        assertTrue(byName.json().toString().contains("李所长"));

        // a post addressed to a named leader lands in the leader's unit
        String citizen = citizen("addr");
        Map<String, Object> post = new HashMap<>(householdPost("写给李所长"));
        post.put("addresseeId", leader.id());
        Http.Response addressed = http.post("/boards/household/tickets", post, citizen);
        assertEquals(201, addressed.status());
        assertEquals("李所长", addressed.json().path("addressee").path("name").asText());
    }

    @Test
    public void everyBadInputGetsAClearError() {
        String citizen = citizen("bad");
        String longTitle = "长".repeat(201);
        String longBody = "长".repeat(4001);

        expect(400, "malformed_json", http.post("/boards/household/tickets", "{\"title\": ", citizen));
        expect(400, "missing_body", http.postRaw("/boards/household/tickets", "application/json", null, citizen));
        expect(400, "unknown_property", http.post("/boards/household/tickets", Map.of("titel", "x"), citizen));
        expect(400, "wrong_type", http.post("/boards/household/tickets", Map.of("title", 5), citizen));

        Http.Response missing = http.post("/boards/household/tickets", Map.of("category", "id_card"), citizen);
        expect(400, "validation_failed", missing);
        assertTrue(missing.text(), hasProblem(missing, "title", "required"));
        assertTrue(missing.text(), hasProblem(missing, "body", "required"));
        assertTrue(missing.text(), hasProblem(missing, "fields.card_request", "required"));

        Map<String, Object> tooLong = new HashMap<>(householdPost(longTitle));
        tooLong.put("body", longBody);
        Http.Response longOnes = http.post("/boards/household/tickets", tooLong, citizen);
        expect(400, "validation_failed", longOnes);
        assertTrue(hasProblem(longOnes, "title", "too_long"));
        assertTrue(hasProblem(longOnes, "body", "too_long"));

        Http.Response notAllowed = http.post("/boards/household/tickets", Map.of("category", "id_card", "title", "t",
                "body", "b", "fields", Map.of("applicant_relation", "neighbour", "card_request", 7,
                        "unknown", "x")), citizen);
        expect(400, "validation_failed", notAllowed);
        assertTrue(hasProblem(notAllowed, "fields.applicant_relation", "not_allowed"));
        assertTrue(hasProblem(notAllowed, "fields.card_request", "wrong_type"));
        assertTrue(hasProblem(notAllowed, "fields.unknown", "unknown_field"));

        Http.Response badDate = http.post("/boards/household/tickets", Map.of("category", "birth_registration",
                "title", "t", "body", "b", "fields", Map.of("applicant_relation", "parent", "birth_date", "yesterday",
                        "birth_place", "hospital")), citizen);
        assertTrue(hasProblem(badDate, "fields.birth_date", "wrong_type"));

        Http.Response badCategory = http.post("/boards/household/tickets", Map.of("category", "lottery", "title", "t",
                "body", "b", "fields", Map.of("applicant_relation", "self")), citizen);
        assertTrue(hasProblem(badCategory, "category", "unknown_category"));

        Map<String, Object> badId = new HashMap<>(householdPost("t"));
        badId.put("fields", Map.of("applicant_relation", "self", "card_request", "renewal",
                "id_number", "110105194912310021"));
        assertTrue(hasProblem(http.post("/boards/household/tickets", badId, citizen), "fields.id_number",
                "invalid_id_number"));
        Http.Response badPlate = http.post("/boards/traffic/tickets", Map.of("category", "vehicle_registration",
                "title", "t", "body", "b", "fields", Map.of("plate_number", "ABC", "registration_kind", "new")), citizen);
        assertTrue(badPlate.text(), hasProblem(badPlate, "fields.plate_number", "invalid_plate"));

        expect(404, "board_not_installed", http.post("/boards/lottery/tickets", householdPost("t"), citizen));
        expect(404, "board_not_installed", http.get("/boards/lottery"));
        expect(404, "ticket_not_found", http.get("/tickets/999999999"));
        expect(404, "ticket_not_found", http.get("/tickets/abc"));
        expect(404, "not_found", http.get("/no-such-thing"));
        expect(401, "unauthorized", http.post("/boards/household/tickets", householdPost("t"), null));
        expect(401, "invalid_token", http.post("/boards/household/tickets", householdPost("t"), "not-a-token"));
        expect(401, "invalid_token", http.get("/me", "expired-or-forged"));
        expect(401, "unauthorized", http.get("/me"));
        expect(415, "unsupported_media_type", http.postRaw("/boards/household/tickets", "text/plain", "hello", citizen));
        expect(400, "validation_failed", http.get("/boards/household/tickets?state=lost"));
        expect(400, "validation_failed", http.get("/boards/household/tickets?size=0"));
        expect(400, "validation_failed", http.get("/boards/household/tickets?page=x"));

        long id = http.post("/boards/household/tickets", householdPost("t"), citizen).json().path("id").asLong();
        expect(400, "validation_failed", http.post("/tickets/" + id + "/transitions", Map.of("action", "fly",
                "version", 1), citizen));
        expect(400, "validation_failed", http.post("/tickets/" + id + "/transitions", Map.of("action", "accept"),
                citizen));
        expect(400, "wrong_type", http.post("/tickets/" + id + "/transitions", Map.of("action", "accept",
                "version", "one"), citizen));
        expect(409, "invalid_transition", http.post("/tickets/" + id + "/transitions", transition("confirm", 1),
                citizen));
        expect(409, "not_resolved", http.post("/tickets/" + id + "/rating", Map.of("score", 5), citizen));
        expect(400, "validation_failed", http.post("/tickets/" + id + "/rating", Map.of("score", 9), citizen));
        expect(400, "validation_failed", http.post("/tickets/" + id + "/replies", Map.of("body", ""), citizen));
        expect(403, "forbidden", http.post("/tickets/" + id + "/replies", Map.of("body", "x"), citizen("other")));

        // registration and login
        expect(400, "validation_failed", http.post("/auth/register", Map.of("username", "A!", "password", "short",
                "displayName", ""), null));
        String taken = unique("dup");
        assertEquals(201, http.post("/auth/register", Map.of("username", taken, "password", PASSWORD,
                "displayName", "x"), null).status());
        expect(409, "username_taken", http.post("/auth/register", Map.of("username", taken, "password", PASSWORD,
                "displayName", "y"), null));
        Http.Response wrongPassword = http.post("/auth/login", Map.of("username", taken, "password", "wrong-one"),
                null);
        Http.Response unknownUser = http.post("/auth/login", Map.of("username", "nobody.at.all", "password",
                "wrong-one"), null);
        expect(401, "invalid_credentials", wrongPassword);
        assertEquals("a wrong password and an unknown user look the same", wrongPassword.text(), unknownUser.text());
    }

    @Test
    public void openApiDocumentDescribesTheContract() {
        Http.Response doc = http.get("/openapi.json");
        assertEquals(200, doc.status());
        for (String path : List.of("/auth/register", "/auth/login", "/me", "/units", "/staff", "/boards",
                "/boards/{boardId}", "/boards/{boardId}/tickets", "/tickets/{id}", "/tickets/{id}/replies",
                "/tickets/{id}/transitions", "/tickets/{id}/rating", "/health", "/openapi.json")) {
            assertTrue("OpenAPI lists " + path, doc.json().path("paths").has(path));
        }
    }

    private static void expect(int status, String error, Http.Response r) {
        assertNotNull("a response", r);
        assertEquals(r.text(), status, r.status());
        assertEquals(r.text(), error, r.error());
        assertTrue("message present: " + r.text(), r.json().path("message").isTextual());
        assertTrue("details present: " + r.text(), r.json().path("details").isArray());
    }

    private static boolean hasProblem(Http.Response r, String field, String code) {
        for (JsonNode d : r.json().path("details")) {
            if (field.equals(d.path("field").asText()) && code.equals(d.path("code").asText())) {
                return true;
            }
        }
        return false;
    }
}
