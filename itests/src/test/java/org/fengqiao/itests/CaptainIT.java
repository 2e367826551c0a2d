package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.karaf.features.FeaturesService;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Building captains (B1-B3, B5) over HTTP: addresses imported from CSV, captains appointed, field records synced
 * idempotently from a device on a bad network, attachments, early warning, personal data, ratings and reviews, and the
 * module coming and going with its data kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CaptainIT extends FengqiaoTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A compound of the shaoxian community: buildings 1 and 2 for captain A, building 3 for captain B. */
    private static final String ADDRESSES = """
            level,code,parent,name,unit,housing
            district,it-d,,昆都仑区,,
            subdistrict,it-sd,it-d,少先路街道,,
            community,it-c,it-sd,少先路社区,shaoxian-community,
            compound,it-x,it-c,测试路8号院,,
            building,it-b1,it-x,1栋,,
            entrance,it-b1-e1,it-b1,1单元,,
            door,it-b1-e1-101,it-b1-e1,101室,,owner_occupied
            door,it-b1-e1-102,it-b1-e1,102室,,rented
            door,it-b1-e1-201,it-b1-e1,201室,,rented
            door,it-b1-e1-202,it-b1-e1,202室,,vacant
            building,it-b2,it-x,2栋,,
            entrance,it-b2-e1,it-b2,1单元,,
            door,it-b2-e1-101,it-b2-e1,101室,,owner_occupied
            building,it-b3,it-x,3栋,,
            entrance,it-b3-e1,it-b3,1单元,,
            door,it-b3-e1-101,it-b3-e1,101室,,owner_occupied
            """;
    private static final String RESIDENT_PHONE = "13904729001";

    private static volatile Setup setup;

    /** A minor hazard is overdue two seconds after its inspection, so that the test can see the sweep raise it. */
    @org.ops4j.pax.exam.Configuration
    @Override
    public org.ops4j.pax.exam.Option[] config() {
        List<org.ops4j.pax.exam.Option> options = new ArrayList<>(List.of(super.config()));
        options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/org.fengqiao.captain.cfg", "hazard.deadline.minor", "PT2S"));
        return options.toArray(org.ops4j.pax.exam.Option[]::new);
    }

    private record Setup(String admin, String leader, Account captainA, String tokenA, Account captainB,
            String tokenB) {
    }

    @Before
    public void addressesAndCaptains() {
        if (setup != null) {
            return;
        }
        String admin = http.login(staff("admin", "赵管理", "baotou-psb", Role.ADMIN).username(), PASSWORD);
        String leader = http.login(staff("leader", "李所长", "shaoxian-precinct", Role.LEADER).username(), PASSWORD);
        Http.Response imported = http.postRaw("/addresses/import", "text/csv", ADDRESSES, admin);
        assertEquals(imported.text(), 200, imported.status());
        assertEquals(16, imported.json().path("created").asInt());
        Account a = staff("captain", "高楼长", "shaoxian-community", Role.OFFICER);
        Account b = staff("captain", "孙楼长", "gongren-community", Role.OFFICER);
        assertEquals(201, http.post("/captains", Map.of("accountId", a.id(), "buildings", List.of("it-b1", "it-b2")),
                leader).status());
        assertEquals(201, http.post("/captains", Map.of("accountId", b.id(), "buildings", List.of("it-b3")), leader)
                .status());
        setup = new Setup(admin, leader, a, http.login(a.username(), PASSWORD), b, http.login(b.username(), PASSWORD));
        // a resident whose phone is that of a citizen
        JsonNode moved = sync(setup.tokenA(), record(UUID.randomUUID(), "population", Map.of("address", "it-b1-e1-101",
                "action", "move_in", "id_number", "11010519491231002X", "name", "王大爷", "phone", RESIDENT_PHONE,
                "person_kind", "resident", "registered", "yes"))).get(0);
        assertEquals(moved.toString(), "created", moved.path("status").asText());
    }

    @Test
    public void aBatchSentTwiceGetsTheSameResultsAndNothingIsStoredTwice() {
        List<Map<String, Object>> batch = List.of(visit(UUID.randomUUID(), "it-b1-e1-101"),
                visit(UUID.randomUUID(), "it-b1-e1-102"), visit(UUID.randomUUID(), "it-b2-e1-101"));
        JsonNode first = sync(setup.tokenA(), batch.toArray(Map[]::new));
        JsonNode second = sync(setup.tokenA(), batch.toArray(Map[]::new));
        assertEquals(first, second);
        for (JsonNode r : first) {
            assertEquals(r.toString(), "created", r.path("status").asText());
            assertEquals(1, r.path("version").asInt());
        }
        Set<String> ids = new HashSet<>();
        batch.forEach(r -> ids.add(r.get("id").toString()));
        int stored = 0;
        for (JsonNode r : http.get("/field/changes", setup.tokenA()).json().path("records")) {
            stored += ids.contains(r.path("id").asText()) ? 1 : 0;
        }
        assertEquals(3, stored);
    }

    @Test
    public void anotherBodyUnderAStoredIdIsA409() {
        UUID id = UUID.randomUUID();
        Map<String, Object> original = visit(id, "it-b1-e1-101");
        assertEquals("created", sync(setup.tokenA(), original).get(0).path("status").asText());
        Map<String, Object> changed = new LinkedHashMap<>(original);
        changed.put("data", Map.of("address", "it-b1-e1-101", "outcome", "absent", "steps", steps()));
        Http.Response single = http.send("PUT", "/field/records/" + id, "application/json", Http.json(changed),
                Map.of("Authorization", "Bearer " + setup.tokenA()));
        assertEquals(single.text(), 409, single.status());
        assertEquals("id_reused", single.json().path("errors").get(0).path("code").asText());
        JsonNode inBatch = sync(setup.tokenA(), changed).get(0);
        assertEquals("rejected", inBatch.path("status").asText());
        assertEquals(409, inBatch.path("httpStatus").asInt());
        // the same body again is still answered as the first time
        Http.Response again = http.send("PUT", "/field/records/" + id, "application/json", Http.json(original),
                Map.of("Authorization", "Bearer " + setup.tokenA()));
        assertEquals(again.text(), 201, again.status());
        assertEquals("created", again.json().path("status").asText());
    }

    @Test
    public void aStaleEditIsAConflictKeptForReviewAndNeverApplied() {
        UUID id = UUID.randomUUID();
        Map<String, Object> v1 = visit(id, "it-b1-e1-201");
        sync(setup.tokenA(), v1);
        Map<String, Object> edit = edit(v1, 1, "people_met", 3);
        JsonNode updated = sync(setup.tokenA(), edit).get(0);
        assertEquals(updated.toString(), "updated", updated.path("status").asText());
        assertEquals(2, updated.path("version").asInt());
        Map<String, Object> stale = edit(v1, 1, "people_met", 5);
        JsonNode conflict = sync(setup.tokenA(), stale).get(0);
        assertEquals(conflict.toString(), "conflict", conflict.path("status").asText());
        assertEquals(2, conflict.path("version").asInt());
        long conflictId = conflict.path("conflictId").asLong();
        // sent again: the same conflict, not a second one
        assertEquals(conflictId, sync(setup.tokenA(), stale).get(0).path("conflictId").asLong());
        JsonNode open = http.get("/field/conflicts", setup.tokenA()).json();
        int mine = 0;
        for (JsonNode c : open) {
            if (c.path("recordId").asText().equals(id.toString())) {
                mine++;
                assertEquals(5, c.path("data").path("people_met").asInt());
                assertEquals(3, c.path("storedData").path("people_met").asInt());
            }
        }
        assertEquals(1, mine);
        assertEquals(3, storedRecord(id).path("data").path("people_met").asInt());
        JsonNode resolved = http.post("/field/conflicts/" + conflictId + "/resolve", Map.of("keep", "mine"),
                setup.tokenA()).json();
        assertEquals(resolved.toString(), 3, resolved.path("version").asInt());
        assertEquals(5, storedRecord(id).path("data").path("people_met").asInt());
    }

    @Test
    public void oneBadRecordInABatchLosesNoOther() {
        UUID good1 = UUID.randomUUID();
        UUID good2 = UUID.randomUUID();
        Map<String, Object> bad = record(UUID.randomUUID(), "hazard", Map.of("address", "it-b1-e1-101"));
        Map<String, Object> foreign = visit(UUID.randomUUID(), "it-b3-e1-101");
        String body = Http.json(Map.of("records", List.of(visit(good1, "it-b1-e1-101"), bad, "not a record",
                foreign, visit(good2, "it-b2-e1-101"))));
        Http.Response r = http.postRaw("/field/sync", "application/json", body, setup.tokenA());
        assertEquals(r.text(), 200, r.status());
        JsonNode results = r.json().path("results");
        assertEquals("created", results.get(0).path("status").asText());
        assertEquals("rejected", results.get(1).path("status").asText());
        assertTrue(results.get(1).toString(), results.get(1).path("errors").toString().contains("data.severity"));
        assertEquals("rejected", results.get(2).path("status").asText());
        assertEquals("rejected", results.get(3).path("status").asText());
        assertTrue(results.get(3).toString(), results.get(3).toString().contains("not_your_building"));
        assertEquals("created", results.get(4).path("status").asText());
        assertEquals(1, storedRecord(good1).path("version").asInt());
        assertEquals(1, storedRecord(good2).path("version").asInt());
    }

    @Test
    public void anAttachmentUploadedTwiceIsOneFileAndResumesWhereItBroke() {
        UUID id = UUID.randomUUID();
        sync(setup.tokenA(), visit(id, "it-b1-e1-102"));
        Map<String, String> auth = Map.of("Authorization", "Bearer " + setup.tokenA());
        String photo = "JPEG-bytes-of-a-stairwell";
        Http.Response first = http.send("PUT", "/field/records/" + id + "/attachments/stairs.jpg", "image/jpeg", photo,
                auth);
        assertEquals(first.text(), 201, first.status());
        Http.Response second = http.send("PUT", "/field/records/" + id + "/attachments/stairs.jpg", "image/jpeg",
                photo, auth);
        assertEquals(second.text(), 200, second.status());
        assertEquals(first.json().path("sha256"), second.json().path("sha256"));
        assertEquals(409, http.send("PUT", "/field/records/" + id + "/attachments/stairs.jpg", "image/jpeg",
                "other-bytes-of-another-sz", auth).status());
        JsonNode list = http.get("/field/records/" + id + "/attachments", setup.tokenA()).json();
        assertEquals(list.toString(), 1, list.size());
        assertEquals(photo, http.get("/field/records/" + id + "/attachments/stairs.jpg", setup.tokenA()).text());

        // resumable: two pieces, the first sent twice (its answer was lost), the second completes it
        String path = "/field/records/" + id + "/attachments/door.jpg";
        Map<String, String> piece1 = new LinkedHashMap<>(auth);
        piece1.put("Content-Range", "bytes 0-4/10");
        assertEquals(200, http.send("PUT", path, "image/jpeg", "01234", piece1).status());
        Http.Response resent = http.send("PUT", path, "image/jpeg", "01234", piece1);
        assertEquals(resent.text(), 200, resent.status());
        assertEquals(5, resent.json().path("received").asLong());
        Map<String, String> gap = new LinkedHashMap<>(auth);
        gap.put("Content-Range", "bytes 7-9/10");
        Http.Response refused = http.send("PUT", path, "image/jpeg", "789", gap);
        assertEquals(409, refused.status());
        assertEquals("offset_mismatch", refused.error());
        Map<String, String> piece2 = new LinkedHashMap<>(auth);
        piece2.put("Content-Range", "bytes 5-9/10");
        Http.Response done = http.send("PUT", path, "image/jpeg", "56789", piece2);
        assertEquals(done.text(), 201, done.status());
        assertTrue(done.json().path("complete").asBoolean());
        assertEquals("0123456789", http.get(path, setup.tokenA()).text());
        assertEquals(403, http.get(path, setup.tokenB()).status());
    }

    @Test
    public void aSevereHazardBecomesAFireSafetyTicketAndAPrecinctAlertInTheSameSync() {
        UUID id = UUID.randomUUID();
        JsonNode result = sync(setup.tokenA(), record(id, "hazard", Map.of("address", "it-b1-e1-201", "severity",
                "severe", "hazards", List.of("blocked_exit", "flammables"), "description", "楼道堆放大量纸箱并堵塞安全出口",
                "location", "一楼楼道"))).get(0);
        assertEquals(result.toString(), "created", result.path("status").asText());
        long ticketId = result.path("ticketId").asLong();
        assertTrue(result.toString(), ticketId > 0);
        JsonNode ticket = http.get("/tickets/" + ticketId, setup.leader()).json();
        assertEquals("firesafety", ticket.path("ticket").path("boardId").asText());
        assertTrue(ticket.toString(), ticket.path("timeline").toString().contains("captain.alert"));
        JsonNode alerts = http.get("/alerts", setup.leader()).json();
        JsonNode alert = null;
        for (JsonNode a : alerts) {
            if (a.path("recordId").asText().equals(id.toString())) {
                alert = a;
            }
        }
        assertTrue(alerts.toString(), alert != null);
        assertEquals("severe_hazard", alert.path("rule").asText());
        assertEquals(ticketId, alert.path("ticketId").asLong());
        assertEquals("shaoxian-precinct", alert.path("unit").path("code").asText());
        // captains of a community and citizens read no alerts
        assertEquals(403, http.get("/alerts", citizen("alerts")).status());
        assertEquals(0, http.get("/alerts", setup.tokenA()).json().size());
        long alertId = alert.path("id").asLong();
        JsonNode acked = http.post("/alerts/" + alertId + "/ack", Map.of(), setup.leader()).json();
        assertFalse(acked.toString(), acked.path("acknowledgedAt").isNull());
        // the precinct's leader is told in the app
        Poll.until("the leader's notification of the alert", WAIT, () -> http.get("/me/notifications?size=50",
                setup.leader()), r -> r.json().path("items").toString().contains(String.valueOf(ticketId)));
    }

    @Test
    public void aHazardNotFixedByItsDeadlineAlertsThePrecinctOnce() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> hazard = record(id, "hazard", Map.of("address", "it-b2-e1-101", "severity", "minor",
                "hazards", List.of("ebike_indoors"), "description", "楼道内电动车充电", "location", "一楼"));
        JsonNode result = sync(setup.tokenA(), hazard).get(0);
        assertEquals(result.toString(), "created", result.path("status").asText());
        assertTrue(alertsOf(id, "hazard_overdue").isEmpty());
        Runnable sweep = sweep();
        sweep.run();
        sweep.run();
        List<JsonNode> overdue = alertsOf(id, "hazard_overdue");
        assertEquals(1, overdue.size());
        assertEquals(result.path("ticketId").asLong(), overdue.get(0).path("ticketId").asLong());
    }

    private Runnable sweep() throws Exception {
        var refs = bundleContext.getServiceReferences(Runnable.class, "(scheduler.name=fengqiao-captain)");
        assertEquals(1, refs.size());
        return bundleContext.getService(refs.iterator().next());
    }

    private List<JsonNode> alertsOf(UUID recordId, String rule) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode a : http.get("/alerts?size=100", setup.leader()).json()) {
            if (a.path("recordId").asText().equals(recordId.toString()) && a.path("rule").asText().equals(rule)) {
                found.add(a);
            }
        }
        return found;
    }

    @Test
    public void aClueBecomesAConfidentialTipOff() {
        JsonNode result = sync(setup.tokenA(), record(UUID.randomUUID(), "clue", Map.of("category", "drugs",
                "description", "有住户反映夜间有陌生人频繁出入，疑似吸毒"))).get(0);
        assertEquals(result.toString(), "created", result.path("status").asText());
        long ticketId = result.path("ticketId").asLong();
        assertEquals("tipoff", http.get("/tickets/" + ticketId, setup.leader()).json().path("ticket").path("boardId")
                .asText());
        assertEquals(404, http.get("/tickets/" + ticketId).status());
        assertEquals(404, http.get("/tickets/" + ticketId, citizen("nosy")).status());
        assertEquals(200, http.get("/tickets/" + ticketId, setup.tokenA()).status());
    }

    @Test
    public void aCitizenFindsTheirCaptainByAddressAndPostsToThem() {
        JsonNode found = http.get("/captains?address=" + java.net.URLEncoder.encode("测试路8号院 1栋",
                java.nio.charset.StandardCharsets.UTF_8)).json();
        assertEquals(found.toString(), 1, found.size());
        assertEquals(setup.captainA().id(), found.get(0).path("id").asLong());
        assertEquals("高楼长", found.get(0).path("name").asText());
        assertEquals(2, found.get(0).path("buildings").size());
        Http.Response card = http.send("PUT", "/captains/" + setup.captainA().id() + "/card", "application/json",
                Http.json(Map.of("phone", "13904720099", "qrCodeUrl", "https://u.wechat.com/it-captain")),
                Map.of("Authorization", "Bearer " + setup.tokenA()));
        assertEquals(card.text(), 200, card.status());
        assertEquals("13904720099", http.get("/captains/" + setup.captainA().id()).json().path("phone").asText());
        assertEquals(403, http.send("PUT", "/captains/" + setup.captainA().id() + "/card", "application/json",
                Http.json(Map.of("phone", "1")), Map.of("Authorization", "Bearer " + setup.tokenB())).status());

        String citizen = citizen("resident");
        Http.Response posted = http.post("/captains/" + setup.captainA().id() + "/requests", Map.of("title",
                "楼下电动车乱停", "body", "单元门口电动车堵住通道，麻烦楼长协调。", "fields", Map.of("applicant_relation", "self")),
                citizen);
        assertEquals(posted.text(), 201, posted.status());
        assertEquals(setup.captainA().id(), posted.json().path("addresseeId").asLong());
        assertEquals("household", posted.json().path("boardId").asText());
        JsonNode ticket = http.get("/tickets/" + posted.json().path("id").asLong(), setup.tokenA()).json();
        assertEquals(setup.captainA().id(), ticket.path("ticket").path("addressee").path("id").asLong());
    }

    @Test
    public void onlyTheCaptainAndTheAreasPoliceReadHouseholdsAndEveryReadIsAudited() {
        String path = "/addresses/it-b1-e1-101/households";
        assertEquals(401, http.get(path).status());
        assertEquals(403, http.get(path, citizen("neighbour")).status());
        assertEquals(403, http.get(path, setup.tokenB()).status());
        String otherPrecinct = http.login(staff("leader", "孙所长", "xingfu-precinct", Role.LEADER).username(), PASSWORD);
        assertEquals(403, http.get(path, otherPrecinct).status());
        assertEquals(403, http.post("/captains", Map.of("accountId", setup.captainA().id(), "buildings",
                List.of("it-b1")), otherPrecinct).status());
        Http.Response byCaptain = http.get(path, setup.tokenA());
        assertEquals(byCaptain.text(), 200, byCaptain.status());
        assertTrue(byCaptain.text(), byCaptain.text().contains("11010519491231002X"));
        assertEquals(200, http.get(path, setup.leader()).status());
        JsonNode audit = http.get("/audit?action=personal_data.read&subject=it-b1-e1-101", setup.admin()).json();
        Set<Long> readers = new HashSet<>();
        for (JsonNode line : audit.path("items")) {
            readers.add(line.path("actorId").asLong());
        }
        assertTrue(audit.toString(), readers.contains(setup.captainA().id()));
        assertEquals(audit.toString(), 2, readers.size());
        // the public sees addresses down to buildings, never doors
        assertEquals(404, http.get("/addresses/it-b1-e1-101").status());
        assertEquals(0, http.get("/addresses/it-b1-e1").json().path("children").size());
        assertEquals(200, http.get("/addresses/it-b1").status());
    }

    @Test
    public void residentsRateTheirCaptainOnceAMonthAndTheReviewCountsIt() {
        String resident = registerWithPhone(RESIDENT_PHONE);
        String rating = "/captains/" + setup.captainA().id() + "/ratings";
        Http.Response rated = http.post(rating, Map.of("score", 5, "comment", "楼长很负责"), resident);
        assertEquals(rated.text(), 201, rated.status());
        assertEquals(409, http.post(rating, Map.of("score", 4), resident).status());
        assertEquals(403, http.post(rating, Map.of("score", 1), citizen("stranger")).status());
        assertEquals(400, http.post(rating, Map.of("score", 9), resident).status());

        JsonNode review = http.get("/captains/" + setup.captainA().id() + "/review", setup.tokenA()).json();
        assertEquals(review.toString(), 1, review.path("ratings").asInt());
        assertEquals(5.0, review.path("averageRating").asDouble(), 0.001);
        assertTrue(review.toString(), review.path("totalPoints").asLong() >= 20);
        assertEquals("shaoxian-precinct", review.path("precinct").path("code").asText());
        assertTrue(review.path("rank").asInt() >= 1);
        assertEquals(403, http.get("/captains/" + setup.captainA().id() + "/review", setup.tokenB()).status());
        assertEquals(200, http.get("/captains/" + setup.captainA().id() + "/review", setup.leader()).status());
        Http.Response csv = http.get("/captains/ranking?precinct=shaoxian-precinct&format=csv", setup.leader());
        assertEquals(csv.text(), 200, csv.status());
        assertTrue(csv.text(), csv.text().startsWith("rank,captain_id,name,month,total_points"));
        assertTrue(csv.text(), csv.text().contains("高楼长"));
        assertEquals(403, http.get("/captains/ranking?precinct=shaoxian-precinct", setup.tokenA()).status());
    }

    @Test
    public void theModuleUninstallsAloneAndComesBackWithItsData() throws Exception {
        FeaturesService features = service(FeaturesService.class);
        Http root = new Http(HTTP_PORT, "");
        String card = "/api/v1/captains/" + setup.captainA().id();
        features.uninstallFeature("fengqiao-captain");
        try {
            Poll.until("the captain module out", WAIT, () -> root.get(card),
                    r -> r.status() == 404 && "module_not_installed".equals(r.error()));
            assertEquals(200, http.get("/boards").status());
            assertEquals(201, http.post("/boards/household/tickets", householdPost("模块卸载期间的帖子"),
                    citizen("core")).status());
        } finally {
            features.installFeature("fengqiao-captain");
        }
        JsonNode back = Poll.until("the captain module back", WAIT, () -> root.get(card), r -> r.status() == 200)
                .json();
        assertEquals(2, back.path("buildings").size());
        Poll.until("the field app back", WAIT, () -> http.get("/field/changes", setup.tokenA()),
                r -> r.status() == 200 && r.json().path("people").size() >= 1);
    }

    /**
     * A device on a bad network: 1,000 records sent by four threads in random batches, out of order, some twice in one
     * batch, and 30 % of the answers lost (the device sends those records again). Exactly 1,000 are stored.
     */
    @Test
    public void aLossyClientStoresEveryRecordExactlyOnce() throws Exception {
        Map<String, Map<String, Object>> pending = new ConcurrentHashMap<>();
        for (int i = 0; i < 1000; i++) {
            UUID id = UUID.randomUUID();
            pending.put(id.toString(), visit(id, i % 2 == 0 ? "it-b3-e1-101" : "it-b3-e1"));
        }
        Set<String> all = Set.copyOf(pending.keySet());
        Map<String, Integer> versions = new ConcurrentHashMap<>();
        ExecutorService devices = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Random random = new Random(t);
            runs.add(devices.submit(() -> {
                while (!pending.isEmpty()) {
                    List<String> ids = new ArrayList<>(pending.keySet());
                    Collections.shuffle(ids, random);
                    List<Map<String, Object>> batch = new ArrayList<>();
                    for (String id : ids.subList(0, Math.min(40, ids.size()))) {
                        Map<String, Object> r = pending.get(id);
                        if (r != null) {
                            batch.add(r);
                            if (random.nextInt(10) == 0) {
                                batch.add(r);
                            }
                        }
                    }
                    Http.Response answer = http.post("/field/sync", Map.of("records", batch), setup.tokenB());
                    if (answer.status() != 200 || random.nextInt(10) < 3) {
                        continue; // the answer is lost: everything is sent again
                    }
                    for (JsonNode r : answer.json().path("results")) {
                        String status = r.path("status").asText();
                        assertTrue(r.toString(), status.equals("created"));
                        versions.put(r.path("id").asText(), r.path("version").asInt());
                        pending.remove(r.path("id").asText());
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        devices.shutdown();
        assertEquals(all, versions.keySet());
        assertEquals(Set.of(1), Set.copyOf(versions.values()));
        int stored = 0;
        Set<String> seen = new HashSet<>();
        for (JsonNode r : http.get("/field/changes", setup.tokenB()).json().path("records")) {
            if (all.contains(r.path("id").asText())) {
                stored++;
                assertTrue("listed once: " + r.path("id").asText(), seen.add(r.path("id").asText()));
            }
        }
        assertEquals(1000, stored);
    }

    private JsonNode sync(String token, Map<?, ?>... records) {
        Http.Response r = http.post("/field/sync", Map.of("records", List.of(records)), token);
        assertEquals(r.text(), 200, r.status());
        return r.json().path("results");
    }

    private JsonNode storedRecord(UUID id) {
        for (JsonNode r : http.get("/field/changes", setup.tokenA()).json().path("records")) {
            if (r.path("id").asText().equals(id.toString())) {
                return r;
            }
        }
        throw new AssertionError("record " + id + " is not in the changes feed");
    }

    private static Map<String, Object> record(UUID id, String kind, Map<String, Object> data) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id.toString());
        r.put("kind", kind);
        r.put("recordedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0).toString());
        r.put("data", data);
        return r;
    }

    private static Map<String, Object> visit(UUID id, String address) {
        return record(id, "visit", Map.of("address", address, "outcome", "met", "people_met", 2, "steps", steps()));
    }

    private static Map<String, Object> steps() {
        return Map.of("identify", "已亮明身份", "household", "人户一致", "fire_check", "未发现隐患", "opinions", "无",
                "education", "宣传防诈骗");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> edit(Map<String, Object> record, int baseVersion, String field, Object value) {
        Map<String, Object> edited = new LinkedHashMap<>(record);
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) record.get("data"));
        data.put(field, value);
        edited.put("data", data);
        edited.put("baseVersion", baseVersion);
        return edited;
    }

    private String registerWithPhone(String phone) {
        String username = unique("resident");
        Http.Response r = http.post("/auth/register", Map.of("username", username, "password", PASSWORD,
                "displayName", "王大爷", "phone", phone), null);
        assertEquals(r.text(), 201, r.status());
        return http.login(username, PASSWORD);
    }
}
