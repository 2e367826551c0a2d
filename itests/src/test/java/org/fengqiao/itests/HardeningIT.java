package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** Hardening: text that cannot be stored, dates out of range, security headers, sessions a user controls. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HardeningIT extends FengqiaoTestSupport {

    private final Http open311 = new Http(HTTP_PORT, "/open311/v2");

    private static List<String> problems(Http.Response r) {
        List<String> found = new ArrayList<>();
        r.json().path("details").forEach(p -> found.add(p.path("field").asText() + ":" + p.path("code").asText()));
        return found;
    }

    @Test
    public void textThatCannotBeStoredIsA400NamingTheField() {
        String token = citizen("nul");
        Http.Response nul = http.post("/boards/household/tickets", "{\"category\":\"id_card\",\"title\":\"a\\u0000b\","
                + "\"body\":\"正文\",\"fields\":{\"applicant_relation\":\"self\",\"card_request\":\"renewal\","
                + "\"id_number\":\"11010519491231002X\"}}", token);
        assertEquals(nul.text(), 400, nul.status());
        assertEquals(List.of("title:invalid_characters"), problems(nul));
        Http.Response field = http.post("/boards/household/tickets", "{\"category\":\"id_card\",\"title\":\"t\","
                + "\"body\":\"正文\",\"fields\":{\"applicant_relation\":\"self\\u001b\"}}", token);
        assertEquals(List.of("fields.applicant_relation:invalid_characters"), problems(field));
        // an unpaired surrogate in a password made login fail inside the hashing library (500)
        Http.Response login = http.post("/auth/login", "{\"username\":\"x\",\"password\":\"abcdefgh\\ud800\"}", null);
        assertEquals(login.text(), 400, login.status());
        assertEquals(List.of("password:invalid_characters"), problems(login));
        Http.Response register = http.post("/auth/register", "{\"username\":\"u1\",\"password\":\"abcdefgh\\udc00\","
                + "\"displayName\":\"名\"}", null);
        assertEquals(400, register.status());
        assertEquals("the platform's JSON error body", "validation_failed", register.error());
    }

    @Test
    public void open311DatesOutsideTheStoredRangeAre400() {
        for (String date : List.of("9999-01-01T00:00:00Z", "0001-01-01T00:00:00Z")) {
            Http.Response r = open311.get("/requests.json?start_date=" + date);
            assertEquals(r.text(), 400, r.status());
            assertTrue(r.text(), r.text().contains("start_date must lie between the years"));
        }
    }

    @Test
    public void answersCarrySecurityHeadersAndNoServerBanner() {
        Http.Response anonymous = http.get("/boards");
        assertEquals(200, anonymous.status());
        assertEquals("nosniff", anonymous.header("X-Content-Type-Options"));
        assertEquals("DENY", anonymous.header("X-Frame-Options"));
        assertTrue(anonymous.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertNull("no Cache-Control: no-store for public reads", anonymous.header("Cache-Control"));
        String server = anonymous.header("Server");
        assertTrue("server banner: " + server, server == null || !server.toLowerCase().contains("jetty"));
        Http.Response me = http.get("/me", citizen("headers"));
        assertEquals("no-store", me.header("Cache-Control"));
        assertEquals("nosniff", open311.get("/services.json").header("X-Content-Type-Options"));
    }

    @Test
    public void aUserSeesAndEndsTheirSessionsAndAPasswordChangeEndsTheOthers() {
        String username = unique("sessions");
        assertEquals(201, http.post("/auth/register", Map.of("username", username, "password", PASSWORD,
                "displayName", "会话"), null).status());
        String phone = http.login(username, PASSWORD);
        String laptop = http.login(username, PASSWORD);
        String tablet = http.login(username, PASSWORD);
        JsonNode mine = http.get("/me/sessions", laptop).json();
        assertEquals(3, mine.size());
        String phoneId = null;
        int current = 0;
        for (JsonNode s : mine) {
            current += s.path("current").asBoolean() ? 1 : 0;
            assertFalse("an id is no token", List.of(phone, laptop, tablet).contains(s.path("id").asText()));
        }
        assertEquals(1, current);
        // the phone is lost: end its session from the laptop
        for (JsonNode s : http.get("/me/sessions", phone).json()) {
            if (s.path("current").asBoolean()) {
                phoneId = s.path("id").asText();
            }
        }
        assertEquals(204, http.send("DELETE", "/me/sessions/" + phoneId, null, null,
                Map.of("Authorization", "Bearer " + laptop)).status());
        assertEquals(401, http.get("/me", phone).status());
        assertEquals(404, http.send("DELETE", "/me/sessions/" + phoneId, null, null,
                Map.of("Authorization", "Bearer " + laptop)).status());
        // logout
        assertEquals(204, http.post("/auth/logout", Map.of(), tablet).status());
        assertEquals(401, http.get("/me", tablet).status());
        // a password change keeps this session and ends every other
        String other = http.login(username, PASSWORD);
        Http.Response wrong = http.post("/me/password", Map.of("currentPassword", "not-it", "newPassword",
                "new-password-2"), laptop);
        assertEquals("invalid_credentials", wrong.error());
        assertEquals(204, http.post("/me/password", Map.of("currentPassword", PASSWORD, "newPassword",
                "new-password-2"), laptop).status());
        assertEquals(200, http.get("/me", laptop).status());
        assertEquals(401, http.get("/me", other).status());
        assertEquals(401, http.post("/auth/login", Map.of("username", username, "password", PASSWORD), null)
                .status());
        String again = http.login(username, "new-password-2");

        // an administrator ends every session of an account
        Account admin = staff("admin", "管理员", "baotou-psb", Role.ADMIN);
        String adminToken = http.login(admin.username(), PASSWORD);
        long id = http.get("/me", again).json().path("id").asLong();
        assertEquals(403, http.send("DELETE", "/admin/accounts/" + id + "/sessions", null, null,
                Map.of("Authorization", "Bearer " + again)).status());
        Http.Response revoked = http.send("DELETE", "/admin/accounts/" + id + "/sessions", null, null,
                Map.of("Authorization", "Bearer " + adminToken));
        assertEquals(revoked.text(), 200, revoked.status());
        assertEquals(2, revoked.json().path("revoked").asInt());
        assertEquals(401, http.get("/me", again).status());
        assertEquals(401, http.get("/me", laptop).status());
        assertEquals(404, http.send("DELETE", "/admin/accounts/99999999/sessions", null, null,
                Map.of("Authorization", "Bearer " + adminToken)).status());
    }

    @Test
    public void staffHandleTicketsOfTheirUnitAndBelowOnly() {
        String citizen = citizen("scope");
        JsonNode created = http.post("/boards/household/tickets", householdPost("户籍迁入咨询"), citizen).json();
        long id = created.path("id").asLong();
        int version = created.path("version").asInt();
        String otherPrecinct = http.login(staff("other", "外所民警", "xingfu-precinct", Role.OFFICER).username(),
                PASSWORD);
        String department = http.login(staff("water", "水务职员", "water-bureau", Role.DEPARTMENT_STAFF).username(),
                PASSWORD);
        String bureauLeader = http.login(staff("bureau", "副局长", "baotou-psb", Role.LEADER).username(), PASSWORD);
        for (String outsider : List.of(otherPrecinct, department)) {
            Http.Response refused = http.post("/tickets/" + id + "/transitions", Map.of("action", "accept",
                    "version", version), outsider);
            assertEquals(refused.text(), 403, refused.status());
        }
        // the household board routes to 少先路派出所; the bureau is above it
        Http.Response accepted = http.post("/tickets/" + id + "/transitions", Map.of("action", "accept", "version",
                version), bureauLeader);
        assertEquals(accepted.text(), 200, accepted.status());
        assertEquals("shaoxian-precinct", accepted.json().path("unit").path("code").asText());
    }
}
