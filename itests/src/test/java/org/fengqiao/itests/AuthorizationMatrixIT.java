package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.fengqiao.identity.api.Role;
import org.fengqiao.ticketing.api.TicketService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The authorisation matrix (Q3): every ticket action and the staff-only endpoints, tried by eight kinds of caller,
 * against the status the policy table of docs/security.md gives. A household post is handled by 少先路派出所; a
 * tip-off is confidential. Each state-changing cell gets a fresh ticket, so no cell depends on another. The matrix
 * that ran is written to target/authorization-matrix.md and must be the one printed in docs/security.md.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AuthorizationMatrixIT extends FengqiaoTestSupport {

    private static final List<String> PERSONAS = List.of("anonymous", "citizen", "author", "unit staff",
            "other unit", "leader above", "department", "admin");

    private record Row(String endpoint, String board, boolean fresh, BiFunction<Long, String, Http.Response> call,
            int... expected) {
    }

    private final List<Row> rows = new ArrayList<>();

    private void row(String endpoint, String board, boolean fresh, BiFunction<Long, String, Http.Response> call,
            int... expected) {
        rows.add(new Row(endpoint, board, fresh, call, expected));
    }

    private Http.Response transition(long id, String token, String action) {
        int version = service(TicketService.class).ticket(id).ticket().version();
        return http.post("/tickets/" + id + "/transitions", Map.of("action", action, "version", version,
                "reason", "理由"), token);
    }

    private void table() {
        String household = "household";
        String tipoff = "tipoff";
        row("GET /tickets/{id}", household, false, (id, t) -> http.get("/tickets/" + id, t),
                200, 200, 200, 200, 200, 200, 200, 200);
        row("POST /tickets/{id}/replies", household, true,
                (id, t) -> http.post("/tickets/" + id + "/replies", Map.of("body", "答复"), t),
                401, 403, 201, 201, 201, 201, 201, 201);
        row("POST /tickets/{id}/transitions accept", household, true, (id, t) -> transition(id, t, "accept"),
                401, 403, 403, 200, 403, 200, 403, 403);
        row("POST /tickets/{id}/transitions reject", household, true, (id, t) -> transition(id, t, "reject"),
                401, 403, 403, 200, 403, 200, 403, 403);
        row("POST /tickets/{id}/transitions reopen", household, true, (id, t) -> transition(id, t, "reopen"),
                401, 403, 409, 403, 403, 403, 403, 403);
        row("POST /tickets/{id}/rating", household, true,
                (id, t) -> http.post("/tickets/" + id + "/rating", Map.of("score", 5), t),
                401, 403, 409, 403, 403, 403, 403, 403);
        row("POST /tickets/{id}/follow", household, true, (id, t) -> http.send("POST", "/tickets/" + id + "/follow", null, null, auth(t)),
                401, 204, 204, 204, 204, 204, 204, 204);
        row("POST /tickets/{id}/flags", household, true,
                (id, t) -> http.post("/tickets/" + id + "/flags", Map.of("reason", "不实"), t),
                401, 201, 201, 201, 201, 201, 201, 201);
        row("POST /tickets/{id}/hide", household, true,
                (id, t) -> http.post("/tickets/" + id + "/hide", Map.of("reason", "违法"), t),
                401, 403, 403, 200, 200, 200, 403, 200);
        row("POST /tickets/{id}/statement", household, true,
                (id, t) -> http.post("/tickets/" + id + "/statement", Map.of("body", "官方声明"), t),
                401, 403, 403, 200, 200, 200, 403, 200);
        row("POST /tickets/{id}/supervise", household, true,
                (id, t) -> http.post("/tickets/" + id + "/supervise", Map.of(), t),
                401, 403, 403, 403, 403, 200, 403, 403);
        row("POST /tickets/{id}/instructions", household, true,
                (id, t) -> http.post("/tickets/" + id + "/instructions", Map.of("body", "批示"), t),
                401, 403, 403, 403, 403, 201, 403, 403);
        row("POST /tickets/{id}/orders", household, true, (id, t) -> http.post("/tickets/" + id + "/orders",
                Map.of("unit", "xingfu-precinct", "instruction", "处置"), t),
                401, 403, 403, 403, 403, 200, 403, 403);
        row("POST /dispatches (linkage module)", household, true, (id, t) -> http.post("/dispatches",
                Map.of("ticketId", id, "linkage", "water", "category", "water_supply", "note", "请核实"), t),
                401, 403, 403, 201, 403, 201, 403, 403);
        row("POST /articles (publishing module)", household, false, (id, t) -> http.post("/articles",
                Map.of("kind", "notice", "title", "通知", "body", "内容"), t),
                401, 403, 403, 201, 201, 201, 201, 201);
        row("GET /tickets/{id} (tip-off)", tipoff, false, (id, t) -> http.get("/tickets/" + id, t),
                404, 404, 200, 200, 200, 200, 404, 404);
        row("POST /tickets/{id}/transitions accept (tip-off)", tipoff, true, (id, t) -> transition(id, t, "accept"),
                401, 404, 403, 403, 403, 200, 404, 404);
        row("POST /tickets/{id}/replies (tip-off)", tipoff, true,
                (id, t) -> http.post("/tickets/" + id + "/replies", Map.of("body", "答复"), t),
                401, 404, 201, 201, 201, 201, 404, 404);
        row("POST /tickets/{id}/hide (tip-off)", tipoff, true,
                (id, t) -> http.post("/tickets/" + id + "/hide", Map.of("reason", "违法"), t),
                401, 404, 403, 200, 200, 200, 404, 404);
        row("POST /tickets/{id}/statement (tip-off)", tipoff, true,
                (id, t) -> http.post("/tickets/" + id + "/statement", Map.of("body", "官方声明"), t),
                401, 404, 403, 200, 200, 200, 404, 404);
        row("DELETE /tickets/{id}/follow (tip-off)", tipoff, false,
                (id, t) -> http.send("DELETE", "/tickets/" + id + "/follow", null, null, auth(t)),
                401, 404, 204, 204, 204, 204, 404, 404);
        row("GET /tickets/{id}/instructions (tip-off)", tipoff, false,
                (id, t) -> http.get("/tickets/" + id + "/instructions", t),
                404, 404, 200, 200, 200, 200, 404, 404);
        row("GET /boards, /units, /staff, /stats (public)", household, false,
                (id, t) -> worst(http.get("/boards", t), http.get("/units", t), http.get("/staff", t),
                        http.get("/stats", t)),
                200, 200, 200, 200, 200, 200, 200, 200);
        row("GET /me, /me/sessions, /me/notifications", household, false,
                (id, t) -> worst(http.get("/me", t), http.get("/me/sessions", t), http.get("/me/notifications", t)),
                401, 200, 200, 200, 200, 200, 200, 200);
        row("POST /me/notifications/read-all", household, false,
                (id, t) -> http.post("/me/notifications/read-all", Map.of(), t),
                401, 200, 200, 200, 200, 200, 200, 200);
        row("GET /dispatches?ticket={id}", household, false, (id, t) -> http.get("/dispatches?ticket=" + id, t),
                200, 200, 200, 200, 200, 200, 200, 200);
        row("GET /dispatches/suggestions?ticket={id}", household, false,
                (id, t) -> http.get("/dispatches/suggestions?ticket=" + id, t),
                401, 403, 403, 200, 200, 200, 200, 200);
        row("GET /dispatches/queue", household, false, (id, t) -> http.get("/dispatches/queue", t),
                401, 403, 403, 200, 200, 200, 200, 200);
        row("POST /staff", household, false, (id, t) -> http.post("/staff", Map.of("username", unique("made"),
                "password", PASSWORD, "fullName", "新民警", "staffNumber", unique("N"), "unit", "shaoxian-precinct",
                "title", "民警", "roles", List.of("officer")), t),
                401, 403, 403, 403, 403, 403, 403, 201);
        row("GET /flags", household, false, (id, t) -> http.get("/flags", t),
                401, 403, 403, 200, 200, 200, 403, 200);
        row("GET /me/queue", household, false, (id, t) -> http.get("/me/queue", t),
                401, 403, 403, 200, 200, 200, 200, 200);
        row("GET /supervision/queue", household, false, (id, t) -> http.get("/supervision/queue", t),
                401, 403, 403, 403, 403, 200, 403, 403);
        row("GET /admin/api-keys", household, false, (id, t) -> http.get("/admin/api-keys", t),
                401, 403, 403, 403, 403, 403, 403, 200);
        row("DELETE /admin/accounts/{author}/sessions", household, false,
                (id, t) -> http.send("DELETE", "/admin/accounts/" + authorId + "/sessions", null, null, auth(t)),
                401, 403, 403, 403, 403, 403, 403, 200);
    }

    private long authorId;

    /** Of several answers, the first that is not 2xx (else the last): a row that stands for several reads. */
    private static Http.Response worst(Http.Response... answers) {
        for (Http.Response answer : answers) {
            if (answer.status() / 100 != 2) {
                return answer;
            }
        }
        return answers[answers.length - 1];
    }

    private static Map<String, String> auth(String token) {
        return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
    }

    @Test
    public void everyCallerGetsWhatThePolicyTableSays() throws IOException {
        String author = citizen("matrix-author");
        authorId = http.get("/me", author).json().path("id").asLong();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("anonymous", null);
        tokens.put("citizen", citizen("matrix-citizen"));
        tokens.put("author", author);
        tokens.put("unit staff", staffToken("shaoxian-precinct", Role.OFFICER));
        tokens.put("other unit", staffToken("xingfu-precinct", Role.OFFICER));
        tokens.put("leader above", staffToken("baotou-psb", Role.LEADER));
        tokens.put("department", staffToken("water-bureau", Role.DEPARTMENT_STAFF));
        tokens.put("admin", staffToken("baotou-psb", Role.ADMIN));
        table();

        Map<String, Long> shared = new LinkedHashMap<>();
        StringBuilder matrix = new StringBuilder("| endpoint | " + String.join(" | ", PERSONAS) + " |\n|---|");
        PERSONAS.forEach(p -> matrix.append("---|"));
        matrix.append('\n');
        List<String> unexpected = new ArrayList<>();
        for (Row row : rows) {
            matrix.append("| `").append(row.endpoint()).append("` |");
            for (int i = 0; i < PERSONAS.size(); i++) {
                String persona = PERSONAS.get(i);
                long id = row.fresh() ? post(row.board(), author)
                        : shared.computeIfAbsent(row.board(), b -> post(b, author));
                Http.Response answer = row.call().apply(id, tokens.get(persona));
                int expected = row.expected()[i];
                matrix.append(' ').append(answer.status()).append(" |");
                if (answer.status() != expected) {
                    unexpected.add(row.endpoint() + " as " + persona + ": expected " + expected + ", got "
                            + answer.status() + " " + answer.text());
                }
                if (answer.status() >= 400) {
                    assertTrue(row.endpoint() + " as " + persona + ": " + answer.text(),
                            answer.json() != null && answer.json().path("error").isTextual());
                }
            }
            matrix.append('\n');
        }
        File target = new File(System.getProperty("fengqiao.itests.target"));
        File printed = new File(target, "authorization-matrix.md");
        Files.writeString(printed.toPath(), matrix, StandardCharsets.UTF_8);
        assertEquals("cells that differ from the policy table", List.of(), unexpected);
        String docs = Files.readString(new File(target.getParentFile().getParentFile(), "docs/security.md").toPath(),
                StandardCharsets.UTF_8);
        assertTrue("docs/security.md must print the matrix that ran (" + printed + ")", docs.contains(matrix));
    }

    private String staffToken(String unit, Role role) {
        return http.login(staff("matrix", "矩阵" + role.code(), unit, role).username(), PASSWORD);
    }

    private long post(String board, String token) {
        Map<String, Object> body = board.equals("tipoff")
                ? Map.of("category", "drugs", "title", "线索", "body", "某小区半夜有人聚集。", "fields",
                        Map.of("location", "某小区"))
                : householdPost("矩阵");
        Http.Response r = http.post("/boards/" + board + "/tickets", body, token);
        assertEquals(r.text(), 201, r.status());
        return r.json().path("id").asLong();
    }
}
