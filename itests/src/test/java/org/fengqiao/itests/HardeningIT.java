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
    public void theContainersOwnErrorsAreTheJsonErrorBody() {
        String longQuery = "x".repeat(12 * 1024);
        Map<String, RawHttp.Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("NUL in path", RawHttp.send(HTTP_PORT, "GET", "/api/v1/tickets/%00"));
        // Jetty decodes %2F inside a segment: the API answers that no such board exists
        answers.put("encoded slash", RawHttp.send(HTTP_PORT, "GET", "/api/v1/boards/%2F..%2Fx/tickets"));
        answers.put("dot segments", RawHttp.send(HTTP_PORT, "GET", "/api/v1/../../../etc/passwd"));
        answers.put("no application", RawHttp.send(HTTP_PORT, "GET", "/no-such-application/x"));
        answers.put("TRACE", RawHttp.send(HTTP_PORT, "TRACE", "/api/v1/health"));
        answers.put("12 kB query", RawHttp.send(HTTP_PORT, "GET", "/api/v1/boards?q=" + longQuery));
        answers.put("10 kB header", RawHttp.send(HTTP_PORT, "GET", "/api/v1/boards",
                Map.of("X-Padding", "y".repeat(10 * 1024)), null));
        Map<String, Integer> expected = Map.of("NUL in path", 400, "encoded slash", 404, "dot segments", 400,
                "no application", 404, "TRACE", 405, "12 kB query", 414, "10 kB header", 431);
        answers.forEach((name, answer) -> {
            assertEquals(name + ": " + answer.body(), (int) expected.get(name), answer.status());
            assertTrue(name + " content type " + answer.header("Content-Type"),
                    answer.header("Content-Type").startsWith("application/json"));
            assertTrue(name + ": " + answer.body(), answer.json() != null && answer.json().path("error").isTextual());
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        });
        // under /open311 a path Jetty can still route gets GeoReport's own error list; one it cannot read gets JSON
        RawHttp.Answer open311Xml = RawHttp.send(HTTP_PORT, "GET", "/open311/v2/no/such/thing.xml");
        assertEquals(open311Xml.body(), 404, open311Xml.status());
        assertTrue(open311Xml.body(), open311Xml.body().contains("<code>404</code>"));
        assertEquals("still serving", 200, http.get("/health").status());
    }

    @Test
    public void crossOriginCallsAreRefusedUnlessTheOriginIsListed() throws Exception {
        Map<String, String> preflight = Map.of("Origin", "https://portal.example.cn",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization");
        Http.Response off = http.send("OPTIONS", "/boards", null, null, preflight);
        assertNull("no CORS by default", off.header("Access-Control-Allow-Origin"));
        assertNull(http.send("GET", "/boards", null, null, Map.of("Origin", "https://portal.example.cn"))
                .header("Access-Control-Allow-Origin"));

        org.osgi.service.cm.Configuration cors = service(org.osgi.service.cm.ConfigurationAdmin.class)
                .getConfiguration("org.fengqiao.rest.cors", null);
        java.util.Hashtable<String, Object> settings = new java.util.Hashtable<>();
        settings.put("allowed.origins", new String[] {"https://portal.example.cn"});
        cors.update(settings);
        try {
            Http.Response allowed = Poll.until("the allow-list in force", java.time.Duration.ofSeconds(30),
                    () -> http.send("OPTIONS", "/boards", null, null, preflight),
                    r -> "https://portal.example.cn".equals(r.header("Access-Control-Allow-Origin")));
            assertEquals(204, allowed.status());
            assertTrue(allowed.header("Access-Control-Allow-Methods").contains("POST"));
            assertEquals("https://portal.example.cn", http.send("GET", "/boards", null, null,
                    Map.of("Origin", "https://portal.example.cn")).header("Access-Control-Allow-Origin"));
            Http.Response other = http.send("GET", "/boards", null, null, Map.of("Origin", "https://evil.example"));
            assertEquals(200, other.status());
            assertNull("an unlisted origin is never echoed", other.header("Access-Control-Allow-Origin"));
        } finally {
            cors.delete();
        }
    }

    @Test
    public void changesAndStaffReadsOfPersonalDataAreAudited() {
        org.fengqiao.ticketing.api.TicketService tickets = service(org.fengqiao.ticketing.api.TicketService.class);
        Account caller = identity.accountByUsername("citizen.audit").orElseGet(() -> identity.register(
                new org.fengqiao.identity.api.Registration("citizen.audit", PASSWORD, "来电市民", null)));
        long id = tickets.submit(caller, new org.fengqiao.ticketing.api.NewTicket("household", "id_card", "来电",
                "来电反映身份证换领。", Map.of("applicant_relation", "self", "card_request", "renewal",
                        "id_number", "11010519491231002X"), null),
                new org.fengqiao.ticketing.api.Contact("张三", "13800138000", null)).id();
        Account officerAccount = staff("audit-officer", "审计警官", "shaoxian-precinct", Role.OFFICER);
        String officer = http.login(officerAccount.username(), PASSWORD);
        assertEquals("13800138000", http.get("/tickets/" + id, officer).json().path("contact").path("phone").asText());
        int version = tickets.ticket(id).ticket().version();
        Http.Response accepted = http.post("/tickets/" + id + "/transitions", Map.of("action", "accept", "version",
                version), officer);
        assertEquals(accepted.text(), 200, accepted.status());

        String admin = http.login(staff("audit-admin", "审计管理员", "baotou-psb", Role.ADMIN).username(), PASSWORD);
        JsonNode lines = Poll.until("the accept in the audit log", java.time.Duration.ofSeconds(30),
                () -> http.get("/audit?subjectType=ticket&subject=" + id, admin).json(),
                j -> j.path("items").toString().contains("ticket.transition"));
        List<String> actions = new ArrayList<>();
        lines.path("items").forEach(l -> actions.add(l.path("action").asText() + "/" + l.path("actorId").asLong()));
        assertTrue(actions.toString(), actions.contains("personal_data.read/" + officerAccount.id()));
        assertTrue(actions.toString(), actions.contains("ticket.transition/" + officerAccount.id()));
        assertTrue(actions.toString(), actions.contains("ticket.created/" + caller.id()));
        lines.path("items").forEach(l -> assertTrue("no personal data in the log: " + l,
                !l.toString().contains("13800138000")));
        JsonNode transition = null;
        for (JsonNode l : lines.path("items")) {
            if (l.path("action").asText().equals("ticket.transition")) {
                transition = l;
            }
        }
        assertEquals(version, transition.path("versionBefore").asInt());
        assertEquals(version + 1, transition.path("versionAfter").asInt());

        String registered = citizen("audited");
        long registeredId = http.get("/me", registered).json().path("id").asLong();
        assertEquals(1, http.get("/audit?action=account.registered&subject=" + registeredId, admin).json()
                .path("total").asInt());
        assertEquals(403, http.get("/audit", officer).status());
        assertEquals(401, http.get("/audit").status());
        assertEquals("the log cannot be changed", 405,
                http.send("DELETE", "/audit", null, null, Map.of("Authorization", "Bearer " + admin)).status());
        assertEquals("validation_failed", http.get("/audit?since=yesterday", admin).error());
    }

    @Test
    public void textStoredBeforeTheRulesIsCleanedOnceAndNoListBreaksMeanwhile() throws Exception {
        String token = citizen("stored-nul");
        long id = http.post("/boards/household/tickets", householdPost("干净的标题"), token).json().path("id").asLong();
        javax.sql.DataSource data = bundleContext.getService(bundleContext.getServiceReferences(
                javax.sql.DataSource.class, "(osgi.jndi.service.name=jdbc/fengqiao)").iterator().next());
        try (java.sql.Connection c = data.getConnection()) {
            c.setAutoCommit(true);
            // PostgreSQL refuses NUL and its driver turns a lone surrogate into '?': there, other control characters
            boolean postgresql = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            try (java.sql.PreparedStatement bad = c.prepareStatement("UPDATE FQ_TICKET SET TITLE = ?, BODY = ? WHERE ID = ?")) {
                bad.setString(1, postgresql ? "旧\u0007标题\u001b" : "旧\u0000标题\u001b");
                bad.setString(2, postgresql ? "正文\u0001" : "正文\ud800");
                bad.setLong(3, id);
                assertEquals(1, bad.executeUpdate());
            }
            // neither the XML nor the JSON writers can be broken by what is stored
            assertEquals(200, open311.get("/requests.xml").status());
            assertEquals(200, open311.get("/requests.json").status());
            Http.Response stored = http.get("/tickets/" + id, token);
            assertEquals(stored.text(), 200, stored.status());
            assertEquals(200, http.get("/boards/household/tickets").status());
            try (java.sql.Statement requeue = c.createStatement()) {
                requeue.executeUpdate("UPDATE FQ_MAINTENANCE_TASK SET DONE_AT = NULL WHERE NAME = 'strip-invalid-characters'");
            }
        }
        // the repair runs when its component starts: start it again
        org.osgi.service.component.runtime.ServiceComponentRuntime scr =
                service(org.osgi.service.component.runtime.ServiceComponentRuntime.class);
        org.osgi.framework.Bundle ticketing = java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "org.fengqiao.ticketing".equals(b.getSymbolicName())).findFirst().orElseThrow();
        var repair = scr.getComponentDescriptionDTO(ticketing, "org.fengqiao.ticketing.internal.StoredTextRepair");
        scr.disableComponent(repair).getValue();
        scr.enableComponent(repair).getValue();
        JsonNode cleaned = Poll.until("the stored title cleaned", java.time.Duration.ofSeconds(30),
                () -> http.get("/tickets/" + id, token).json().path("ticket"),
                t -> t.path("title").asText().equals("旧标题"));
        assertEquals("正文", cleaned.path("body").asText());
        assertEquals(200, open311.get("/requests.xml").status());
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
