package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;


import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.fengqiao.ticketing.api.EscalationService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** Everyone interested hears of every change (P7): the in-app inbox, following, and the live event stream. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NotificationsIT extends FengqiaoTestSupport {

    private EscalationService escalation;

    @Before
    public void services() {
        escalation = service(EscalationService.class);
    }


    private List<String> kinds(String token, long ticketId) {
        List<String> kinds = new java.util.ArrayList<>();
        for (JsonNode n : http.get("/me/notifications?size=100", token).json().path("items")) {
            if (n.path("ticketId").asLong() == ticketId) {
                kinds.add(n.path("kind").asText());
            }
        }
        return kinds;
    }

    @Test
    public void authorFollowersAndAssigneeAreNotifiedButNotTheActor() {
        String author = citizen("author");
        String follower = citizen("follower");
        Account officerAccount = staff("officer", "通知民警", "shaoxian-precinct", Role.OFFICER);
        String officer = http.login(officerAccount.username(), PASSWORD);
        long id = http.post("/boards/household/tickets", householdPost("通知我"), author).json().path("id").asLong();

        assertEquals(204, http.post("/tickets/" + id + "/follow", Map.of(), follower).status());
        assertEquals(204, http.post("/tickets/" + id + "/follow", Map.of(), follower).status());
        assertEquals("ticket_not_found", http.post("/tickets/999999999/follow", Map.of(), follower).error());

        http.post("/tickets/" + id + "/replies", Map.of("body", "已收到"), officer);
        Http.Response accepted = http.post("/tickets/" + id + "/transitions", Map.of("action", "accept", "version", 1),
                officer);
        assertEquals("a staff reply does not change the version staff act on: " + accepted.text(), 200,
                accepted.status());

        // events are delivered from the outbox after the commit: wait for both
        assertEquals(List.of("transition", "reply"), Poll.until("the author's notices", Duration.ofSeconds(30),
                () -> kinds(author, id), k -> k.size() >= 2));
        assertEquals(List.of("transition", "reply"), Poll.until("the follower's notices", Duration.ofSeconds(30),
                () -> kinds(follower, id), k -> k.size() >= 2));
        assertTrue("the actor is not told of their own steps", kinds(officer, id).isEmpty());
        JsonNode inbox = http.get("/me/notifications", author).json();
        assertTrue(inbox.path("items").get(1).path("message").asText().contains("通知民警"));
        assertTrue(inbox.path("unread").asLong() >= 2);

        long notification = inbox.path("items").get(0).path("id").asLong();
        assertEquals(200, http.post("/me/notifications/" + notification + "/read", Map.of(), author).status());
        assertEquals("notification_not_found",
                http.post("/me/notifications/" + notification + "/read", Map.of(), follower).error());
        assertEquals(1, http.get("/me/notifications?unread=true&size=100", author).json().path("items").size()
                - countOthers(author, id));
        assertEquals(401, http.get("/me/notifications").status());

        unfollow(id, follower);
        http.post("/tickets/" + id + "/transitions", Map.of("action", "resolve", "version", 2), officer);
        assertEquals("no more after unfollowing", List.of("transition", "reply"), kinds(follower, id));
        assertEquals(List.of("transition", "transition", "reply"), Poll.until("the author's third notice",
                Duration.ofSeconds(30), () -> kinds(author, id), k -> k.size() >= 3));
    }

    private int countOthers(String token, long ticketId) {
        int others = 0;
        for (JsonNode n : http.get("/me/notifications?unread=true&size=100", token).json().path("items")) {
            others += n.path("ticketId").asLong() == ticketId ? 0 : 1;
        }
        return others;
    }

    private void unfollow(long id, String token) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + HTTP_PORT + "/api/v1/tickets/" + id + "/follow")).DELETE()
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, r.statusCode());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void leadersOfTheNewUnitHearOfAnEscalation() {
        Account communityOfficer = staff("officer", "社区民警乙", "gongren-community", Role.OFFICER);
        String leader = http.login(staff("leader", "派出所所长乙", "shaoxian-precinct", Role.LEADER).username(),
                PASSWORD);
        Map<String, Object> post = new HashMap<>(householdPost("逾期通知"));
        post.put("addresseeId", communityOfficer.id());
        long id = http.post("/boards/household/tickets", post, citizen("esc")).json().path("id").asLong();
        escalation.escalateOverdue(Instant.now().plus(Duration.ofDays(2)));
        // events are delivered from the outbox after the commit: wait for it
        assertEquals(List.of("escalated"), Poll.until("the leader's escalation notice", Duration.ofSeconds(30),
                () -> kinds(leader, id), k -> !k.isEmpty()));
    }

    @Test
    public void theLiveStreamDeliversPublicEventsAndConfidentialOnesOnlyToPolice() throws Exception {
        String police = http.login(staff("officer", "值班民警", "baotou-psb", Role.OFFICER).username(), PASSWORD);
        List<String> anonymous = new CopyOnWriteArrayList<>();
        List<String> policeLines = new CopyOnWriteArrayList<>();
        CompletableFuture<?> a = listen(null, anonymous);
        CompletableFuture<?> b = listen(police, policeLines);
        try {
            Poll.until("both streams to open", Duration.ofSeconds(20), () -> anonymous.size() + ":" + policeLines.size(),
                    x -> anonymous.contains("event:ready") && policeLines.contains("event:ready"));
            String citizen = citizen("sse");
            long tip = http.post("/boards/tipoff/tickets", Map.of("category", "gambling", "title", "赌博",
                    "body", "车库赌博", "fields", Map.of("location", "车库")), citizen).json().path("id").asLong();
            long id = http.post("/boards/household/tickets", householdPost("直播"), citizen).json().path("id").asLong();
            http.post("/tickets/" + id + "/replies", Map.of("body", "补充材料"), citizen);

            String reply = "\"ticketId\":" + id + ",\"boardId\":\"household\",\"kind\":\"reply\"";
            Poll.until("the reply event", Duration.ofSeconds(20), () -> String.join("\n", anonymous),
                    text -> text.contains(reply));
            assertTrue(anonymous.contains("event:reply"));
            assertFalse("no confidential event for the public", String.join("\n", anonymous)
                    .contains("\"ticketId\":" + tip + ","));
            Poll.until("the tip-off event for police", Duration.ofSeconds(20), () -> String.join("\n", policeLines),
                    text -> text.contains("\"ticketId\":" + tip + ",\"boardId\":\"tipoff\",\"kind\":\"created\""));
            assertFalse("events carry no post text", String.join("\n", anonymous).contains("补充材料"));
        } finally {
            a.cancel(true);
            b.cancel(true);
        }
    }

    private CompletableFuture<?> listen(String token, List<String> lines) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/api/v1/events"))
                .header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(response -> {
                    try (Stream<String> body = response.body()) {
                        body.map(l -> l.replace("event: ", "event:").replace("data: ", "data:")).forEach(lines::add);
                    }
                });
    }
}
