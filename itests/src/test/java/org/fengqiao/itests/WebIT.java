package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The web pages in a real browser (Debian's Chromium), against the built distribution with the demo profile, started
 * the way an operator starts it. Screenshots at phone and desktop sizes go to {@code target/screenshots/}.
 */
public class WebIT {

    private static final int PORT = 18581;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static Distribution distribution;
    private static final Http http = new Http(PORT);

    @BeforeClass
    public static void boot() throws Exception {
        distribution = Distribution.unpack("web-it", PORT, 18501, 11299, 44645);
        distribution.start();
        Distribution.awaitDemoAccount(http, "admin.demo");
        Poll.until("the demo data", Duration.ofSeconds(120), () -> http.get("/boards/help/tickets"),
                r -> r.status() == 200 && r.json().path("total").asInt() >= 4);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (distribution != null) {
            distribution.stop();
        }
    }

    @Test
    public void aCitizenPostsWithEveryDatatypeAndSeesTheOfficerAnswerLive() throws Exception {
        try (Browser citizen = Browser.open(PORT); Browser officer = Browser.open(PORT)) {
            String username = "web.citizen." + System.nanoTime() % 1_000_000;
            citizen.go("/#/login?register=1");
            citizen.type("f-username", username);
            citizen.type("f-displayName", "网页市民");
            citizen.type("f-password", "it-password-1");
            citizen.click("form button[type=submit]");
            citizen.waitUntil("my posts after registering", () -> citizen.driver.getCurrentUrl().endsWith("#/mine"));
            citizen.waitFor("[data-account='" + username + "']");

            citizen.route("#/board/help/post");
            new Select(citizen.waitFor(By.id("f-category"))).selectByValue("missing_person");
            citizen.waitFor(By.id("f-fields.person_name"));
            citizen.type("f-title", "寻找走失老人");
            citizen.type("f-body", "父亲今早出门散步后未归，请帮忙寻找。");
            citizen.type("f-fields.location", "少先路29号院附近");                       // string
            citizen.type("f-fields.person_name", "张大爷");                             // string
            citizen.type("f-fields.age", "78");                                         // number
            citizen.set("f-fields.last_seen_at", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2)
                    .format(LOCAL));                                                    // datetime, a bad one
            citizen.type("f-fields.appearance", "灰色外套，黑色布鞋");                   // text
            new Select(citizen.waitFor(By.id("f-fields.condition"))).selectByValue("dementia"); // single value
            citizen.click("input[name='fields.steps_taken'][value='searched_nearby']");  // multi value
            citizen.click("input[name='fields.steps_taken'][value='called_110']");
            citizen.click("form button[type=submit]");

            // the API's problem is shown at its field, in the page's language
            String problem = citizen.text("[id='err-fields.last_seen_at']");
            assertTrue(problem, problem.contains("不能晚于现在"));
            assertEquals("true", citizen.waitFor(By.id("f-fields.last_seen_at")).getAttribute("aria-invalid"));
            citizen.screenshot("portal-post-validation");

            citizen.set("f-fields.last_seen_at", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(3)
                    .format(LOCAL));
            citizen.click("form button[type=submit]");
            citizen.waitUntil("the new post's page", () -> citizen.driver.getCurrentUrl().matches(".*#/ticket/\\d+"));
            String id = citizen.driver.getCurrentUrl().replaceAll(".*#/ticket/", "");
            assertEquals("寻找走失老人", citizen.text(".ticket-title"));
            assertEquals("78", citizen.text("[data-field=age]"));
            assertEquals("认知障碍", citizen.text("[data-field=condition]"));
            assertEquals("已在附近寻找、已拨打110", citizen.text("[data-field=steps_taken]"));
            assertTrue(citizen.present(".ticket[data-state=submitted]"));
            citizen.js("window.__sameDocument = 'yes'");
            citizen.assertNoPolicyViolations();

            // a leader of the bureau (missing people go to the command centre) handles it in the console
            signIn(officer, "/console/", "leader.bureau");
            officer.route("#/ticket/" + id);
            officer.click("button[data-action=accept]");
            officer.waitFor(".ticket[data-state=accepted]");
            officer.click("button[data-action=reply]");
            officer.type("f-body", "已通知少先路派出所民警前往查找，请保持电话畅通。");
            officer.click("form.subform button[type=submit]");
            officer.waitFor(".step[data-kind=reply]");
            officer.screenshot("console-ticket-handling");
            officer.assertNoPolicyViolations();

            // the citizen's open page shows the state and the reply, without a reload
            citizen.waitUntil("the accepted state", () -> citizen.present(".ticket[data-state=accepted]"));
            citizen.waitUntil("the officer's reply", () -> citizen.present(".step[data-kind=reply]"));
            assertTrue(citizen.text(".step[data-kind=reply]").contains("已通知少先路派出所民警前往查找"));
            assertEquals("yes", citizen.js("return window.__sameDocument"));
            citizen.screenshot("portal-ticket-live-reply");
            citizen.assertNoPolicyViolations();
        }
    }

    @Test
    public void scriptsAndMarkupInPostsRenderAsText() throws Exception {
        String token = http.login("citizen.demo", "fengqiao-demo");
        String evil = "<script>window.__xss='script'</script><img src=x onerror=\"window.__xss='img'\">";
        Http.Response posted = http.post("/boards/help/tickets", Map.of("category", "lost_property", "title", evil,
                "body", evil + " 正文", "fields", Map.of("location", evil, "item_kind", "phone")), token);
        assertEquals(posted.text(), 201, posted.status());
        long id = posted.json().path("id").asLong();
        try (Browser browser = Browser.open(PORT)) {
            browser.go("/#/ticket/" + id);
            assertEquals(evil, browser.text(".ticket-title"));
            assertTrue(browser.text(".ticket-body").startsWith(evil));
            assertEquals(evil, browser.text("[data-field=location]"));
            browser.route("#/board/help");
            browser.waitFor("[data-ticket='" + id + "']");
            assertFalse(browser.present("main img"));
            assertNull(browser.js("return window.__xss"));
            browser.screenshot("portal-markup-as-text");
            browser.assertNoPolicyViolations();
        }
    }

    @Test
    public void everyPageSwitchesBetweenChineseAndEnglish() throws Exception {
        String ticket = http.get("/boards/household/tickets?size=1").json().path("items").get(0).path("id").asText();
        String admin = http.login("admin.demo", "fengqiao-demo");
        String article = http.post("/articles", Map.of("kind", "crime_warning", "title", "警惕冒充客服退款诈骗",
                "body", "凡是自称客服要求转账退款的，都是诈骗。"), admin).json().path("id").asText();
        String meeting = http.get("/teams/1/meetings", admin).json().get(0).path("id").asText();
        // the core's pages and those the modules bring (notifications, publishing, captain, linkage, five-in-one)
        List<String> portal = List.of("", "board/household", "board/household/post", "ticket/" + ticket, "mine",
                "staff", "figures", "notifications", "notices", "notices/" + article, "captains",
                "captains?address=少先路29号院", "open311");
        List<String> console = List.of("", "ticket/" + ticket, "supervision", "flags", "admin/staff", "admin/keys",
                "admin/features", "notifications", "articles", "alerts", "dispatch", "dispatch/" + ticket, "tasks",
                "team?community=shaoxian-community", "meetings/" + meeting);
        try (Browser browser = Browser.open(PORT)) {
            signIn(browser, "/#/login", "admin.demo");
            List<String> checked = new ArrayList<>();
            for (String page : portal) {
                checkBothLanguages(browser, "/#/" + page, "首页", "Home");
                checked.add("/" + page);
            }
            browser.go("/console/#/");
            for (String page : console) {
                checkBothLanguages(browser, "/console/#/" + page, "待办", "Queue");
                checked.add("/console/" + page);
            }
            assertEquals(portal.size() + console.size(), checked.size());
            // the choice is remembered on the device
            browser.click("button.lang");
            browser.waitUntil("English", () -> "en".equals(browser.language()));
            browser.go("/#/staff");
            browser.waitFor("main h1");
            assertEquals("en", browser.language());
            assertEquals("Officers and staff", browser.text("main h1"));
            browser.screenshot("portal-staff-english");
            browser.click("button.lang");
            browser.waitUntil("Chinese", () -> "zh-CN".equals(browser.language()));
            browser.assertNoPolicyViolations();
        }
    }

    /** Opens a page that asks for a sign-in (a login page, or the console) and signs in as a demo account. */
    private static void signIn(Browser browser, String page, String username) {
        browser.go(page);
        browser.type("f-username", username);
        browser.type("f-password", "fengqiao-demo");
        browser.click("form button[type=submit]");
        browser.waitFor("[data-account='" + username + "']");
    }

    private static void checkBothLanguages(Browser browser, String path, String zhMenu, String enMenu) {
        browser.go(path);
        // a new hash keeps the document: wait for this page's own heading, not the previous page's
        String page = path.replaceFirst("^.*#/", "").replaceFirst("[?].*$", "").replaceFirst("/$", "");
        browser.waitUntil("a heading on " + path, () -> browser.present("main[data-page='" + page + "'] h1"));
        browser.waitUntil("Chinese on " + path, () -> "zh-CN".equals(browser.language())
                && browser.text("header nav a").equals(zhMenu));
        String chinese = browser.text("main");
        String heading = browser.text("main h1");
        browser.click("button.lang");
        browser.waitUntil("English on " + path, () -> "en".equals(browser.language())
                && browser.text("header nav a").equals(enMenu) && !browser.text("main").equals(chinese));
        browser.click("button.lang");
        browser.waitUntil("Chinese again on " + path, () -> "zh-CN".equals(browser.language())
                && browser.text("header nav a").equals(zhMenu) && browser.text("main h1").equals(heading));
    }

    @Test
    public void anAdministratorUninstallsABoardFromTheConsoleAndItLeavesThePortal() throws Exception {
        try (Browser admin = Browser.open(PORT); Browser visitor = Browser.open(PORT)) {
            visitor.go("/#/");
            visitor.waitFor("[data-board=legal]");
            signIn(admin, "/console/", "admin.demo");
            admin.route("#/admin/features");
            admin.click("tr[data-feature=fengqiao-board-legal] button[data-action=uninstall]");
            admin.waitFor("tr[data-feature=fengqiao-board-legal] button[data-action=install]");
            admin.screenshot("console-modules");

            visitor.route("#/board/household");
            visitor.waitFor("main h1");
            visitor.route("#/");
            visitor.waitFor("[data-board=household]");
            assertFalse("the uninstalled board's link is gone", visitor.present("[data-board=legal]"));
            visitor.route("#/board/legal");
            visitor.waitUntil("the board's page to say it is not installed",
                    () -> visitor.text("main h1").equals("该版块当前未开通"));

            admin.click("tr[data-feature=fengqiao-board-legal] button[data-action=install]");
            admin.waitFor("tr[data-feature=fengqiao-board-legal] button[data-action=uninstall]");
            visitor.route("#/");
            visitor.waitFor("[data-board=legal]");
            visitor.route("#/board/legal");
            visitor.waitUntil("the board's page back", () -> visitor.text("main h1").equals("法律咨询"));

            // a module's pages and menu entries leave with it, and come back with it
            visitor.waitFor("header nav a[data-route=notices]");
            admin.click("tr[data-feature=fengqiao-publishing] button[data-action=uninstall]");
            admin.waitFor("tr[data-feature=fengqiao-publishing] button[data-action=install]");
            visitor.route("#/");
            visitor.waitUntil("the notices link to vanish", () -> !visitor.present("header nav a[data-route=notices]"));
            visitor.route("#/notices");
            visitor.waitUntil("no notices page", () -> visitor.text("main h1").equals("页面不存在"));
            admin.click("tr[data-feature=fengqiao-publishing] button[data-action=install]");
            admin.waitFor("tr[data-feature=fengqiao-publishing] button[data-action=uninstall]");
            visitor.route("#/");
            visitor.waitFor("header nav a[data-route=notices]");
            visitor.route("#/notices");
            visitor.waitUntil("the notices page back", () -> visitor.text("main h1").equals("通知公告"));
            admin.assertNoPolicyViolations();
            visitor.assertNoPolicyViolations();
        }
        String admin = http.login("admin.demo", "fengqiao-demo");
        String audit = http.get("/audit?action=feature.uninstalled", admin).text();
        assertTrue(audit, audit.contains("fengqiao-board-legal"));
    }

    @Test
    public void pagesPassTheAccessibilityRules() throws Exception {
        String ticket = http.get("/boards/household/tickets?size=1").json().path("items").get(0).path("id").asText();
        try (Browser browser = Browser.open(PORT)) {
            List<String> problems = new ArrayList<>();
            for (String page : List.of("/#/", "/#/board/household", "/#/ticket/" + ticket, "/#/staff", "/#/login",
                    "/#/login?register=1")) {
                browser.go(page);
                browser.waitFor("main h1");
                browser.accessibilityViolations().forEach(v -> problems.add(page + " " + v));
            }
            signIn(browser, "/#/login", "citizen.demo");
            for (String page : List.of("/#/board/help/post", "/#/mine")) {
                browser.go(page);
                browser.waitFor("main h1");
                browser.accessibilityViolations().forEach(v -> problems.add(page + " " + v));
            }
            browser.go("/#/");
            browser.waitFor("[data-board=household]");
            browser.screenshot("portal-home");
            assertEquals(List.of(), problems);
        }
    }

    @Test
    public void theCaptainRecordsOfflineReloadsOfflineAndSyncsOnceBackOnline() throws Exception {
        String police = http.login("officer.demo", "fengqiao-demo");
        int fireSafetyBefore = http.get("/boards/firesafety/tickets", police).json().path("total").asInt();
        try (CuttableProxy signal = new CuttableProxy(PORT + 1, PORT); Browser captain = Browser.open(PORT + 1)) {
            captain.go("/field/");
            // the field app speaks both languages too
            assertEquals("楼长登录", captain.text("main h1"));
            captain.click("button.lang");
            captain.waitUntil("English", () -> "en".equals(captain.language())
                    && captain.text("main h1").equals("Captain sign-in"));
            captain.click("button.lang");
            captain.waitUntil("Chinese", () -> "zh-CN".equals(captain.language())
                    && captain.text("main h1").equals("楼长登录"));
            captain.type("f-username", "captain.demo");
            captain.type("f-password", "fengqiao-demo");
            captain.click("form button[type=submit]");
            captain.waitFor("[data-last-sync]");
            captain.waitUntil("the service worker to keep the app", () -> Boolean.TRUE.equals(captain.js(
                    "return !!navigator.serviceWorker.controller")));
            captain.waitUntil("the app shell in the cache", () -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor)
                    captain.driver).executeAsyncScript("const done = arguments[0];"
                            + " caches.match('/field/app.js').then(r => done(!!r))")));
            captain.click("[data-tab=buildings]");
            captain.waitFor("[data-building]");
            captain.screenshot("field-buildings");

            // the stairwell: no signal at all
            signal.cut();
            captain.offline(true);
            captain.waitFor("[data-online=no]");
            captain.click("[data-tab=record]");
            new Select(captain.waitFor(By.id("f-kind"))).selectByValue("visit");
            captain.waitFor("form[data-kind=visit]");
            new Select(captain.waitFor(By.id("f-address"))).selectByIndex(3);
            new Select(captain.waitFor(By.id("f-fields.outcome"))).selectByIndex(0);
            captain.type("f-fields.people_met", "2");
            captain.type("f-fields.notes", "入户走访，宣传防诈骗知识");
            for (Object step : (java.util.List<?>) captain.js(
                    "return [...document.querySelectorAll('input[name^=\\'steps.\\']')].map(e => e.id)")) {
                captain.type(step.toString(), "已完成");
            }
            captain.click("form button[type=submit]");
            captain.waitFor(".notice");

            new Select(captain.waitFor(By.id("f-kind"))).selectByValue("hazard");
            captain.waitFor("form[data-kind=hazard]");
            new Select(captain.waitFor(By.id("f-address"))).selectByIndex(1);
            new Select(captain.waitFor(By.id("f-fields.severity"))).selectByIndex(0);
            captain.click("input[name='fields.hazards']");
            captain.type("f-fields.description", "楼道堆放杂物，堵塞消防通道");
            captain.type("f-fields.location", "3栋1单元楼道");
            java.nio.file.Path photo = java.nio.file.Path.of(System.getProperty("project.build.directory"),
                    "hazard-photo.png");
            java.nio.file.Files.write(photo, java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
            captain.driver.findElement(By.id("f-photo")).sendKeys(photo.toAbsolutePath().toString());
            captain.click("form button[type=submit]");
            captain.waitFor(".notice");

            // a reload without any network: the service worker serves the app, IndexedDB still holds the queue
            captain.driver.navigate().refresh();
            captain.waitFor("[data-online=no]");
            captain.click("[data-tab=outbox]");
            captain.waitUntil("two records waiting", () -> captain.driver
                    .findElements(By.cssSelector("[data-record][data-status=pending]")).size() == 2);
            captain.screenshot("field-offline-outbox");

            // the signal returns: both are sent, once
            signal.restore();
            captain.offline(false);
            captain.waitUntil("both records sent", () -> captain.driver
                    .findElements(By.cssSelector("[data-record][data-status=created]")).size() == 2);
            String ticket = captain.waitFor("[data-ticket]").getAttribute("data-ticket");
            captain.waitUntil("the hazard's photo sent", () -> captain.text("main").contains("照片已上传"));
            captain.click("[data-action=sync]");
            captain.waitUntil("a second sync", () -> !captain.present("[data-action=sync][disabled]"));
            assertEquals(2, captain.driver.findElements(By.cssSelector("[data-record][data-status=created]")).size());
            captain.screenshot("field-synced");
            captain.assertNoPolicyViolations();

            assertEquals(200, http.get("/tickets/" + ticket, police).status());
            assertEquals(fireSafetyBefore + 1, http.get("/boards/firesafety/tickets", police).json().path("total").asInt());
            String token = http.login("captain.demo", "fengqiao-demo");
            List<String> ids = new ArrayList<>();
            for (org.openqa.selenium.WebElement e : captain.driver.findElements(By.cssSelector("[data-record]"))) {
                ids.add(e.getAttribute("data-record"));
            }
            com.fasterxml.jackson.databind.JsonNode records = http.get("/field/changes", token).json().path("records");
            String hazard = null;
            for (com.fasterxml.jackson.databind.JsonNode r : records) {
                if (ids.contains(r.path("id").asText()) && r.path("kind").asText().equals("hazard")) {
                    hazard = r.path("id").asText();
                }
            }
            String attachments = http.get("/field/records/" + hazard + "/attachments", token).text();
            assertTrue(attachments, attachments.contains("hazard-photo.png") && attachments.contains("\"complete\":true"));
            for (String id : ids) {
                int copies = 0;
                for (com.fasterxml.jackson.databind.JsonNode r : records) {
                    copies += r.path("id").asText().equals(id) ? 1 : 0;
                }
                assertEquals("stored once: " + id, 1, copies);
            }
        }
    }

    @Test
    public void theFiveInOneTeamWorksFromTheConsole() throws Exception {
        try (Browser property = Browser.open(PORT)) {
            signIn(property, "/console/", "property.ma");
            property.route("#/team?community=shaoxian-community");
            assertTrue(property.text("[data-role=property]").startsWith("马强"));
            // the demo's hand-off from the captain to the property company waits for them: accept it
            property.click("[data-handoff][data-state=pending] button[data-action=accept]");
            property.waitFor("[data-handoff][data-state=accepted]");
            property.screenshot("console-five-in-one-team");

            property.click("[data-meeting] a");
            property.waitFor("[data-meeting][data-state]");
            if (property.present("[data-meeting][data-state=planned]")) {
                property.type("f-title-free", "北门停车秩序整治");
                property.click("form.row button[type=submit]");
                property.waitUntil("the new agenda item", () -> property.text("main").contains("北门停车秩序整治"));
            }
            property.screenshot("console-five-in-one-meeting");
            property.assertNoPolicyViolations();
        }
    }
}
