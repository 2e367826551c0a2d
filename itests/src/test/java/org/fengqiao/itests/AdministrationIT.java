package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.fengqiao.identity.api.ApiKeyService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** A fresh, non-demo installation: no accounts until an administrator is made in the shell, who then adds staff. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdministrationIT extends FengqiaoTestSupport {

    private SessionFactory sessions;

    @Before
    public void services() {
        sessions = service(SessionFactory.class);
    }

    private String shell(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, print, print);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        print.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void noDefaultAccountsWithoutTheDemoProfile() {
        for (String demo : List.of("citizen.demo", "officer.demo", "leader.demo", "admin.demo")) {
            assertTrue(demo + " must not exist", identity.accountByUsername(demo).isEmpty());
        }
    }

    @Test
    public void shellMakesAnAdministratorWhoAddsStaffOverHttp() throws Exception {
        String boards = shell("fengqiao:boards");
        assertTrue(boards, boards.contains("household") && boards.contains("traffic"));

        String admin = unique("admin");
        String created = shell("fengqiao:admin-create --password " + PASSWORD + " --title 主任 " + admin
                + " 赵管理 BT-0009 baotou-psb");
        assertTrue(created, created.contains("Created administrator " + admin));
        String refused = shell("fengqiao:admin-create --password " + PASSWORD + " " + unique("admin")
                + " 钱管理 BT-0010 no-such-unit");
        assertTrue(refused, refused.contains("not in the organisation tree"));

        String adminToken = http.login(admin, PASSWORD);
        Http.Response me = http.get("/me", adminToken);
        assertEquals("[\"admin\"]", me.json().path("roles").toString());
        assertEquals("赵管理", me.json().path("staff").path("fullName").asText());

        String officer = unique("officer");
        Map<String, Object> staff = new HashMap<>(Map.of("username", officer, "password", PASSWORD, "fullName",
                "孙警官", "staffNumber", "BT-2202", "unit", "xingfu-community", "roles", List.of("officer", "grid_worker")));
        Http.Response made = http.post("/staff", staff, adminToken);
        assertEquals(made.text(), 201, made.status());
        assertEquals("[\"grid_worker\",\"officer\"]", made.json().path("roles").toString());
        http.login(officer, PASSWORD);
        Http.Response listed = http.get("/staff?unit=xingfu-precinct&role=grid_worker");
        assertTrue(listed.text(), listed.text().contains("孙警官"));

        assertEquals(403, http.post("/staff", staff, citizen("nosy")).status());
        assertEquals(401, http.post("/staff", staff, null).status());
        staff.put("username", unique("x"));
        staff.put("roles", List.of("wizard"));
        assertEquals("validation_failed", http.post("/staff", staff, adminToken).error());
        staff.put("roles", List.of("officer"));
        staff.put("unit", "atlantis");
        Http.Response badUnit = http.post("/staff", staff, adminToken);
        assertEquals(400, badUnit.status());
        assertTrue(badUnit.text(), badUnit.text().contains("unknown_unit"));
        staff.put("unit", "xingfu-community");
        staff.put("username", officer);
        assertEquals("username_taken", http.post("/staff", staff, adminToken).error());
    }

    @Test
    public void shellIssuesListsAndRevokesApiKeys() throws Exception {
        String name = unique("shellapp").replace('.', '-');
        String issued = shell("fengqiao:api-key-create --purpose open311 " + name + " 掌上包头");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("API key (\\d+) for 掌上包头 \\(open311\\): (\\S+)")
                .matcher(issued);
        assertTrue(issued, m.find());
        String secret = m.group(2);
        ApiKeyService keys = service(ApiKeyService.class);
        assertTrue(keys.authenticate(secret, "open311").isPresent());
        assertTrue("a key opens only its purpose", keys.authenticate(secret, "hotline").isEmpty());
        String listed = shell("fengqiao:api-key-list --purpose open311");
        assertTrue(listed, listed.contains(name) && !listed.contains(secret));
        assertTrue(shell("fengqiao:api-key-create --purpose open311 Bad_Name x").contains("Refused"));
        assertTrue(shell("fengqiao:api-key-revoke " + m.group(1)).contains("Revoked"));
        assertTrue(keys.authenticate(secret, "open311").isEmpty());
    }
}
