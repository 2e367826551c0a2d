package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.identity.api.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every operation of the running API's own OpenAPI document (core and installed modules), and Open311, sent what a
 * careless client or an attacker sends: malformed JSON, wrong types, deep nesting, NUL and other control characters,
 * unpaired surrogates, huge and negative numbers, traversal and junk in ids, a 20 MB body, odd methods — anonymous,
 * as a citizen and as an administrator. No answer may be a 5xx, every error must be the JSON error body, and the
 * platform must still be healthy and its lists readable in every format afterwards.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FuzzIT extends FengqiaoTestSupport {

    private static final List<String> BODIES = List.of("{", "[]", "\"text\"", "null", "{\"title\":5,\"body\":[1]}",
            "{\"title\":\"a\\u0000b\",\"body\":\"x\\u001by\",\"reason\":\"\\ud800\",\"password\":\"\\udc00\"}",
            "{\"score\":1e400,\"version\":-99999999999999999999,\"assigneeId\":99999999999999999999}",
            "{\"action\":\"accept\",\"version\":\"one\"}", "[".repeat(5000) + "]".repeat(5000),
            "{\"fields\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}");
    private static final List<String> IDS = List.of("-1", "0", "99999999999999999999", "abc", "..%2F..%2Fetc",
            "%00", "1%20OR%201=1", "%E4%B8%AD");

    @Test
    public void noInputMakesTheServerFailOrAnswerOutsideTheErrorBody() {
        String citizen = citizen("fuzz");
        String admin = http.login(staff("fuzz-admin", "模糊管理员", "baotou-psb", Role.ADMIN, Role.OFFICER).username(),
                PASSWORD);
        long ticket = http.post("/boards/household/tickets", householdPost("模糊测试"), citizen).json().path("id")
                .asLong();
        JsonNode paths = http.get("/openapi.json").json().path("paths");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            // the event stream stays open by design; logging out and ending sessions would only end the fuzzers' own
            if (path.getKey().contains("events") || path.getKey().contains("logout")
                    || path.getKey().contains("sessions")) {
                continue;
            }
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                for (String target : targets(path.getKey(), ticket)) {
                    for (String token : new String[] {null, citizen, admin}) {
                        for (String body : method.equals("GET") || method.equals("DELETE") ? List.of("")
                                : BODIES) {
                            sent++;
                            check(failures, method, "/api/v1" + target, body, token);
                        }
                    }
                }
            }
        }
        // a 20 MB body, odd methods, a traversal, a huge page number
        sent += 4;
        check(failures, "POST", "/api/v1/boards/household/tickets", "{\"title\":\"" + "长".repeat(7_000_000) + "\"}",
                citizen);
        check(failures, "PATCH", "/api/v1/tickets/" + ticket, "{}", admin);
        check(failures, "PROPFIND", "/api/v1/boards", "", admin);
        check(failures, "GET", "/api/v1/boards/household/tickets?page=99999999999&size=-5", "", null);
        for (String id : IDS) {
            sent += 2;
            check(failures, "GET", "/open311/v2/requests/" + id + ".json", "", null);
            check(failures, "GET", "/open311/v2/requests.xml?start_date=" + id, "", null);
        }
        System.out.printf("BENCH fuzz: %d requests, %d failures%n", sent, failures.size());
        assertEquals("no 5xx and only JSON error bodies", List.of(), failures);
        assertEquals(200, http.get("/health").status());
        for (String list : List.of("/api/v1/boards/household/tickets", "/open311/v2/requests.json",
                "/open311/v2/requests.xml", "/open311/v2/servicerequestupdates.xml")) {
            assertEquals(list, 200, RawHttp.send(HTTP_PORT, "GET", list).status());
        }
    }

    private static List<String> targets(String template, long ticket) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        List<String> targets = new ArrayList<>();
        targets.add(template.replaceAll("\\{[^}]+}", String.valueOf(ticket)));
        for (String id : IDS) {
            targets.add(template.replaceAll("\\{[^}]+}", id));
        }
        return targets;
    }

    private static void check(List<String> failures, String method, String target, String body, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (!body.isEmpty()) {
            headers.put("Content-Type", "application/json");
        }
        RawHttp.Answer answer = RawHttp.send(HTTP_PORT, method, target, headers, body.isEmpty() ? null : body);
        String what = method + " " + target + " " + (body.length() > 60 ? body.substring(0, 60) + "…" : body);
        if (answer.status() >= 500) {
            failures.add(what + " -> " + answer.status() + " " + answer.body());
        } else if (answer.status() >= 400) {
            boolean open311 = target.startsWith("/open311/");
            String type = String.valueOf(answer.header("Content-Type"));
            boolean structured = open311 ? type.contains("json") || type.contains("xml")
                    : type.startsWith("application/json") && answer.json() != null
                            && answer.json().path("error").isTextual();
            if (!structured) {
                failures.add(what + " -> " + answer.status() + " not the error body: " + type + " " + answer.body());
            }
        }
    }
}
