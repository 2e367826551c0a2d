package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;

/**
 * Five-in-one co-governance (F1-F3) over HTTP: a community team with its five roles, hand-offs to roles and to a
 * department (accept, decline back to the sender, hand on), escalation of an overdue hand-off once per level under
 * racing sweeps, a joint meeting from agenda to action tickets, its iCalendar, the team's figures, and the module
 * coming and going with its data kept, with and without the captain module.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CogovernanceIT extends FengqiaoTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration ESCALATION_INTERVAL = Duration.ofSeconds(5);
    private static final String COMMUNITY = "shaoxian-community";
    private static final List<String> ROLES = List.of("captain", "police", "committee", "property", "grid");

    private static volatile People people;

    /** The test watches several escalations: a level may move on after five seconds. */
    @org.ops4j.pax.exam.Configuration
    @Override
    public org.ops4j.pax.exam.Option[] config() {
        List<org.ops4j.pax.exam.Option> options = new ArrayList<>(List.of(super.config()));
        options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/org.fengqiao.cogovernance.cfg", "escalation.interval", ESCALATION_INTERVAL.toString()));
        return options.toArray(org.ops4j.pax.exam.Option[]::new);
    }

    private record Member(Account account, String token) {
    }

    private record People(String admin, Member leader, Member police, Member captain, Member committee,
            Member property, Member grid, Member urban, Member outsider, String citizen) {
    }

    private Member member(String prefix, String name, String unit, Role role) {
        Account a = staff(prefix, name, unit, role);
        return new Member(a, http.login(a.username(), PASSWORD));
    }

    @Before
    public void people() {
        if (people != null) {
            return;
        }
        people = new People(http.login(staff("admin", "赵管理", "baotou-psb", Role.ADMIN).username(), PASSWORD),
                member("leader", "李所长", "shaoxian-precinct", Role.LEADER),
                member("police", "王民警", "shaoxian-precinct", Role.OFFICER),
                member("captain", "高楼长", COMMUNITY, Role.OFFICER),
                member("committee", "胡主任", COMMUNITY, Role.COMMITTEE_MEMBER),
                member("property", "马经理", COMMUNITY, Role.PROPERTY_MANAGER),
                member("grid", "孙网格", COMMUNITY, Role.GRID_WORKER),
                member("urban", "赵队长", "urban-management", Role.DEPARTMENT_STAFF),
                member("outsider", "外所民警", "xingfu-community", Role.OFFICER), citizen("resident"));
    }

    /** A team of its own for each test, its five roles filled by the leader. */
    private JsonNode team(String grid) {
        Http.Response created = http.post("/teams", Map.of("community", COMMUNITY, "grid", grid), people.leader()
                .token());
        assertEquals(created.text(), 201, created.status());
        long id = created.json().path("id").asLong();
        List<Member> holders = List.of(people.captain(), people.police(), people.committee(), people.property(),
                people.grid());
        JsonNode team = created.json();
        for (int i = 0; i < ROLES.size(); i++) {
            Http.Response r = http.send("PUT", "/teams/" + id + "/roles/" + ROLES.get(i), "application/json",
                    Http.json(Map.of("memberId", holders.get(i).account().id())), auth(people.leader().token()));
            assertEquals(r.text(), 200, r.status());
            team = r.json();
        }
        return team;
    }

    private static Map<String, String> auth(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private Http.Response handOff(Member from, long teamId, String title, Map<String, Object> to, String reason) {
        Map<String, Object> body = new java.util.HashMap<>(to);
        body.put("teamId", teamId);
        body.put("reason", reason);
        body.put("ticket", Map.of("boardId", "livelihood", "category", "noise", "title", title, "body",
                title + "，请尽快处理。", "fields", Map.of("address", "少先路29号院")));
        return http.post("/handoffs", body, from.token());
    }

    private List<String> timelineKinds(long ticketId) {
        List<String> kinds = new ArrayList<>();
        http.get("/tickets/" + ticketId).json().path("timeline").forEach(e -> kinds.add(e.path("kind").asText()));
        return kinds;
    }

    @Test
    public void aTeamHasTheConfiguredRolesAndRemembersWhoHeldThem() {
        JsonNode team = team("it-roles");
        long id = team.path("id").asLong();
        assertEquals(ROLES, java.util.stream.StreamSupport.stream(team.path("roles").spliterator(), false)
                .map(r -> r.path("role").asText()).toList());
        JsonNode listed = null;
        for (JsonNode t : http.get("/teams?community=" + COMMUNITY).json()) {
            if (t.path("id").asLong() == id) {
                listed = t;
            }
        }
        assertNotNull("the team is listed for its community", listed);
        assertEquals("马经理", listed.path("roles").get(3).path("member").path("name").asText());
        assertTrue("no contacts for the public", listed.path("roles").get(3).path("contact").isNull());
        assertEquals(400, http.get("/teams").status());
        assertEquals("community_not_found", http.get("/teams?community=nowhere").error());

        // substitutes, a new holder, history
        int version = http.get("/teams/" + id).json().path("version").asInt();
        Account deputy = staff("property", "马副经理", COMMUNITY, Role.PROPERTY_MANAGER);
        Http.Response changed = http.send("PUT", "/teams/" + id + "/roles/property", "application/json",
                Http.json(Map.of("memberId", deputy.id(), "substitutes", List.of(people.property().account().id()),
                        "version", version)), auth(people.leader().token()));
        assertEquals(changed.text(), 200, changed.status());
        assertEquals("马副经理", changed.json().path("roles").get(3).path("member").path("name").asText());
        assertEquals("马经理", changed.json().path("roles").get(3).path("substitutes").get(0).path("name").asText());
        Http.Response stale = http.send("PUT", "/teams/" + id + "/roles/property", "application/json",
                Http.json(Map.of("memberId", deputy.id(), "version", version)), auth(people.leader().token()));
        assertEquals(409, stale.status());
        assertEquals("stale_version", stale.error());
        JsonNode history = http.get("/teams/" + id + "/history", people.leader().token()).json();
        long propertyRows = java.util.stream.StreamSupport.stream(history.spliterator(), false)
                .filter(h -> "property".equals(h.path("role").asText())).count();
        assertEquals("the first holder, the new one and the substitute", 3, propertyRows);
        assertTrue(java.util.stream.StreamSupport.stream(history.spliterator(), false).anyMatch(h -> "马经理".equals(
                h.path("member").path("name").asText()) && !h.path("until").isNull()));

        // who may set a team up
        assertEquals(403, http.send("PUT", "/teams/" + id + "/roles/grid", "application/json",
                Http.json(Map.of("memberId", deputy.id())), auth(people.captain().token())).status());
        assertEquals(403, http.post("/teams", Map.of("community", COMMUNITY), people.outsider().token()).status());
        Http.Response unknownRole = http.send("PUT", "/teams/" + id + "/roles/mayor", "application/json",
                Http.json(Map.of("memberId", deputy.id())), auth(people.leader().token()));
        assertEquals(400, unknownRole.status());
        assertEquals("role", unknownRole.json().path("details").get(0).path("field").asText());
    }

    @Test
    public void handOffsGoToRolesAndDepartmentsAndComeBackWhenDeclined() {
        long team = team("it-handoffs").path("id").asLong();

        // a noise complaint to urban management
        Http.Response noise = handOff(people.captain(), team, "饭店夜间排风机噪音扰民", Map.of("toLinkage", "urban"),
                "饭店噪音属城管执法");
        assertEquals(noise.text(), 201, noise.status());
        assertEquals("pending", noise.json().path("state").asText());
        assertEquals("urban-management", noise.json().path("toUnit").path("code").asText());
        long noiseId = noise.json().path("id").asLong();
        long noiseTicket = noise.json().path("ticketId").asLong();
        assertEquals(403, http.post("/handoffs/" + noiseId + "/accept", Map.of("version", 0),
                people.property().token()).status());
        Http.Response accepted = http.post("/handoffs/" + noiseId + "/accept", Map.of("version",
                noise.json().path("version").asInt()), people.urban().token());
        assertEquals(accepted.text(), 200, accepted.status());
        assertEquals("accepted", accepted.json().path("state").asText());
        Http.Response stale = http.post("/handoffs/" + noiseId + "/done", Map.of("version",
                noise.json().path("version").asInt(), "note", "已处理"), people.urban().token());
        assertEquals(409, stale.status());
        assertEquals("stale_version", stale.error());
        assertTrue(timelineKinds(noiseTicket).containsAll(List.of("cogovernance.handed_off",
                "cogovernance.accepted")));

        // a parking issue to property, declined: back to the captain
        Http.Response parking = handOff(people.captain(), team, "北门乱停车堵塞消防通道", Map.of("toRole", "property"),
                "车位划线属物业");
        assertEquals(parking.text(), 201, parking.status());
        long parkingId = parking.json().path("id").asLong();
        long parkingTicket = parking.json().path("ticketId").asLong();
        Poll.until("the property manager is told of the hand-off", WAIT,
                () -> http.get("/me/notifications?size=50", people.property().token()),
                r -> r.status() == 200 && r.text().contains(String.valueOf(parkingTicket)));
        Http.Response noReason = http.post("/handoffs/" + parkingId + "/decline", Map.of("version",
                parking.json().path("version").asInt()), people.property().token());
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().path("details").get(0).path("field").asText());
        Http.Response declined = http.post("/handoffs/" + parkingId + "/decline", Map.of("version",
                parking.json().path("version").asInt(), "reason", "北门外是市政道路，不归物业管"), people.property().token());
        assertEquals(declined.text(), 200, declined.status());
        assertEquals("declined", declined.json().path("state").asText());
        assertTrue(timelineKinds(parkingTicket).contains("cogovernance.declined"));
        JsonNode queue = http.get("/teams/" + team + "/queue", people.captain().token()).json();
        assertTrue(queue.path("returned").toString(), queue.path("returned").findValues("id").stream()
                .anyMatch(v -> v.asLong() == parkingId));
        assertTrue(queue.path("handedOff").findValues("id").stream().anyMatch(v -> v.asLong() == noiseId));

        // the captain hands it again, to the grid worker, who hands it on to the police officer
        Http.Response again = http.post("/handoffs", Map.of("ticketId", parkingTicket, "teamId", team, "toRole",
                "grid", "reason", "物业退回，请网格员核实"), people.captain().token());
        assertEquals(again.text(), 201, again.status());
        assertEquals(parkingId, again.json().path("previousId").asLong());
        Http.Response forwarded = http.post("/handoffs/" + again.json().path("id").asLong() + "/forward",
                Map.of("version", again.json().path("version").asInt(), "toRole", "police", "reason",
                        "市政道路停车请民警处理"), people.grid().token());
        assertEquals(forwarded.text(), 201, forwarded.status());
        assertEquals("police", forwarded.json().path("toRole").asText());
        assertEquals("pending", forwarded.json().path("state").asText());
        assertEquals("forwarded", http.get("/handoffs/" + again.json().path("id").asLong()).json().path("state")
                .asText());
        assertTrue(timelineKinds(parkingTicket).contains("cogovernance.forwarded"));
        queue = http.get("/teams/" + team + "/queue", people.police().token()).json();
        assertTrue(queue.path("held").findValues("id").stream()
                .anyMatch(v -> v.asLong() == forwarded.json().path("id").asLong()));
        assertTrue("the declined one is not returned any more", queue.path("returned").findValues("id").stream()
                .noneMatch(v -> v.asLong() == parkingId));

        // who may hand off, and what
        assertEquals(403, handOff(people.outsider(), team, "外人移交", Map.of("toRole", "grid"), "试试").status());
        assertEquals(403, http.get("/teams/" + team + "/queue", people.outsider().token()).status());
        Http.Response bothTargets = handOff(people.captain(), team, "两个接收方", Map.of("toRole", "grid", "toLinkage",
                "urban"), "错误");
        assertEquals(400, bothTargets.status());
        Http.Response unknown = handOff(people.captain(), team, "未知部门", Map.of("toLinkage", "nowhere"), "错误");
        assertEquals("unknown_linkage", unknown.json().path("details").get(0).path("code").asText());
        Http.Response twice = http.post("/handoffs", Map.of("ticketId", noiseTicket, "teamId", team, "toLinkage",
                "urban", "reason", "再交一次"), people.captain().token());
        assertEquals(409, twice.status());
        assertEquals("already_handed_off", twice.error());
    }

    @Test
    public void anOverdueHandOffEscalatesOncePerLevelHoweverManySweepsRace() throws Exception {
        long team = team("it-escalation").path("id").asLong();
        Instant acceptBy = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        Http.Response h = http.post("/handoffs", Map.of("ticket", Map.of("boardId", "livelihood", "category", "other",
                "title", "流浪狗聚集", "body", "3栋5栋之间流浪狗追咬行人。", "fields", Map.of("address", "少先路29号院")),
                "teamId", team, "toRole", "grid", "reason", "请网格员联系收容", "acceptBy", acceptBy.toString()),
                people.captain().token());
        assertEquals(h.text(), 201, h.status());
        long id = h.json().path("id").asLong();
        long ticket = h.json().path("ticketId").asLong();
        Runnable sweep = sweep();

        // four sweeps at once, each past the deadline: one level
        Poll.until("the deadline to pass", WAIT, Instant::now, now -> now.isAfter(acceptBy.plusMillis(200)));
        race(sweep, 4);
        JsonNode first = http.get("/handoffs/" + id).json();
        assertEquals(1, first.path("escalation").path("level").asInt());
        assertEquals("shaoxian-precinct", first.path("escalation").path("unit").path("code").asText());
        race(sweep, 4);
        assertEquals("no second level before the interval", 1, http.get("/handoffs/" + id).json().path("escalation")
                .path("level").asInt());
        assertEquals(1, timelineKinds(ticket).stream().filter("cogovernance.escalated"::equals).count());

        // after the interval: the bureau, the top; then nothing more
        JsonNode second = Poll.until("the second level", WAIT, () -> {
            race(sweep, 2);
            return http.get("/handoffs/" + id).json();
        }, j -> j.path("escalation").path("level").asInt() == 2);
        assertEquals("baotou-psb", second.path("escalation").path("unit").path("code").asText());
        Instant top = Instant.now();
        Poll.until("two intervals at the top", WAIT, () -> {
            race(sweep, 2);
            return Instant.now();
        }, now -> now.isAfter(top.plus(ESCALATION_INTERVAL.multipliedBy(2))));
        assertEquals(2, http.get("/handoffs/" + id).json().path("escalation").path("level").asInt());
        assertEquals(2, timelineKinds(ticket).stream().filter("cogovernance.escalated"::equals).count());

        // the precinct's leader, to whom it went, may take it
        Http.Response taken = http.post("/handoffs/" + id + "/accept", Map.of("version", second.path("version")
                .asInt()), people.leader().token());
        assertEquals(403, taken.status());
        Account bureauLeader = staff("leader", "高局长", "baotou-psb", Role.LEADER);
        Http.Response byBureau = http.post("/handoffs/" + id + "/accept", Map.of("version", second.path("version")
                .asInt()), http.login(bureauLeader.username(), PASSWORD));
        assertEquals(byBureau.text(), 200, byBureau.status());
        Http.Response figures = http.get("/teams/" + team + "/figures", people.police().token());
        assertEquals(figures.text(), 1, figures.json().path("handoffs").path("overdue").asInt());
    }

    @Test
    public void aJointMeetingTurnsOpenHandOffsIntoDecisionsWithOwnersAndDeadlines() throws Exception {
        JsonNode teamView = team("it-meeting");
        long team = teamView.path("id").asLong();
        long parking = handOff(people.captain(), team, "北门停车划线", Map.of("toRole", "property"), "请物业划线").json()
                .path("id").asLong();
        long dogs = handOff(people.captain(), team, "流浪狗聚集", Map.of("toRole", "grid"), "请网格员联系收容").json()
                .path("id").asLong();
        Instant startsAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> convene = Map.of("teamId", team, "kind", "joint", "title", "十二月社区联席会议",
                "startsAt", startsAt.toString(), "place", "少先路社区居委会会议室");
        assertEquals(403, http.post("/meetings", convene, people.property().token()).status());
        Http.Response badKind = http.post("/meetings", Map.of("teamId", team, "kind", "party", "title", "x",
                "startsAt", startsAt.toString(), "place", "y"), people.police().token());
        assertEquals("kind", badKind.json().path("details").get(0).path("field").asText());
        Http.Response created = http.post("/meetings", convene, people.police().token());
        assertEquals(created.text(), 201, created.status());
        long meeting = created.json().path("id").asLong();
        assertEquals("every role holder is invited", 5, created.json().path("invitees").size());

        // the agenda from open hand-offs
        JsonNode candidates = http.get("/meetings/" + meeting + "/candidates", people.police().token()).json();
        assertTrue(candidates.path("handoffs").findValues("id").stream().anyMatch(v -> v.asLong() == parking));
        Http.Response item1 = http.post("/meetings/" + meeting + "/agenda", Map.of("handoffId", parking),
                people.police().token());
        assertEquals(item1.text(), 201, item1.status());
        Http.Response item2 = http.post("/meetings/" + meeting + "/agenda", Map.of("handoffId", dogs, "publicItem",
                false), people.captain().token());
        assertEquals(item2.text(), 201, item2.status());
        assertEquals("already_on_agenda", http.post("/meetings/" + meeting + "/agenda", Map.of("handoffId", parking),
                people.police().token()).error());
        assertEquals(403, http.post("/meetings/" + meeting + "/agenda", Map.of("title", "外人议题"),
                people.outsider().token()).status());
        assertEquals(403, http.get("/meetings/" + meeting, people.citizen()).status());

        // invitees answer and sign in
        assertEquals(200, http.post("/meetings/" + meeting + "/responses", Map.of("response", "accepted"),
                people.property().token()).status());
        assertEquals(200, http.post("/meetings/" + meeting + "/attendance", Map.of(), people.property().token())
                .status());
        assertEquals(200, http.post("/meetings/" + meeting + "/attendance", Map.of(), people.captain().token())
                .status());
        long gridInvitee = 0;
        for (JsonNode i : http.get("/meetings/" + meeting, people.police().token()).json().path("invitees")) {
            if ("grid".equals(i.path("role").asText())) {
                gridInvitee = i.path("id").asLong();
            }
        }
        assertEquals("the convener signs for the grid worker", 200, http.post("/meetings/" + meeting
                + "/attendance", Map.of("inviteeId", gridInvitee), people.police().token()).status());
        assertEquals("only the convener signs for others", 403, http.post("/meetings/" + meeting + "/attendance",
                Map.of("inviteeId", gridInvitee), people.captain().token()).status());

        // minutes
        JsonNode before = http.get("/meetings/" + meeting, people.police().token()).json();
        Map<String, Object> minutes = Map.of("version", before.path("version").asInt(), "summary",
                "会议研究北门停车和流浪狗两个问题，形成两项决定。", "items", List.of(
                        Map.of("agendaItemId", item1.json().path("id").asLong(), "minutes", "物业同意划线",
                                "outcome", "物业两周内划线"),
                        Map.of("agendaItemId", item2.json().path("id").asLong(), "minutes", "网格员联系收容站",
                                "outcome", "网格员一周内联系收容站")));
        assertEquals(403, http.send("PUT", "/meetings/" + meeting + "/minutes", "application/json",
                Http.json(minutes), auth(people.property().token())).status());
        Http.Response held = http.send("PUT", "/meetings/" + meeting + "/minutes", "application/json",
                Http.json(minutes), auth(people.police().token()));
        assertEquals(held.text(), 200, held.status());
        assertEquals("held", held.json().path("state").asText());
        Http.Response staleMinutes = http.send("PUT", "/meetings/" + meeting + "/minutes", "application/json",
                Http.json(minutes), auth(people.police().token()));
        assertEquals(409, staleMinutes.status());
        assertEquals("stale_version", staleMinutes.error());

        // two decisions become tickets with owners and deadlines
        Instant due1 = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Http.Response action1 = http.post("/meetings/" + meeting + "/actions", Map.of("title", "北门两侧施划停车线",
                "ownerId", people.property().account().id(), "due", due1.toString(), "agendaItemId",
                item1.json().path("id").asLong()), people.police().token());
        assertEquals(action1.text(), 201, action1.status());
        Http.Response action2 = http.post("/meetings/" + meeting + "/actions", Map.of("title", "联系收容站处置流浪狗",
                "ownerId", people.grid().account().id(), "due", Instant.now().plus(7, ChronoUnit.DAYS).toString(),
                "agendaItemId", item2.json().path("id").asLong()), people.police().token());
        assertEquals(action2.text(), 201, action2.status());
        for (Http.Response a : List.of(action1, action2)) {
            JsonNode ticket = http.get("/tickets/" + a.json().path("ticketId").asLong(), people.police().token())
                    .json();
            assertEquals(a.json().path("owner").path("id").asLong(), ticket.path("ticket").path("addressee")
                    .path("id").asLong());
            assertTrue(ticket.path("timeline").findValues("kind").stream()
                    .anyMatch(k -> "cogovernance.decided".equals(k.asText())));
        }
        assertEquals(400, http.post("/meetings/" + meeting + "/actions", Map.of("title", "无主", "ownerId",
                999_999_999L, "due", due1.toString()), people.police().token())
                .status());
        Http.Response done = http.post("/meetings/" + meeting + "/actions/" + action1.json().path("id").asLong()
                + "/done", Map.of("version", action1.json().path("version").asInt(), "note", "已划线28个车位"),
                people.property().token());
        assertEquals(done.text(), 200, done.status());
        assertEquals("done", done.json().path("state").asText());
        assertEquals(403, http.post("/meetings/" + meeting + "/actions/" + action2.json().path("id").asLong()
                + "/done", Map.of("version", 0, "note", "不是我的"), people.property().token()).status());

        // the open decision is on the next meeting's agenda by itself, the done one is not
        Http.Response next = http.post("/meetings", Map.of("teamId", team, "kind", "three_parties", "title",
                "楼长、民警、居民三见面", "startsAt", startsAt.plus(30, ChronoUnit.DAYS).toString(), "onlineLink",
                "https://meeting.example.org/sxl"), people.police().token());
        assertEquals(next.text(), 201, next.status());
        List<Long> carried = next.json().path("agenda").findValues("sourceId").stream().map(JsonNode::asLong).toList();
        assertEquals(List.of(action2.json().path("id").asLong()), carried);
        assertEquals("action", next.json().path("agenda").get(0).path("source").asText());

        // a confidential tip-off on the next agenda stays out of the public report, whatever was asked
        Http.Response tip = http.post("/boards/tipoff/tickets", Map.of("category", "drugs", "title", "疑似贩毒窝点",
                "body", "某小区地下室夜间有人交易。", "fields", Map.of("location", "少先路", "evidence", List.of("photo"))),
                people.citizen());
        assertEquals(tip.text(), 201, tip.status());
        long nextId = next.json().path("id").asLong();
        Http.Response tipItem = http.post("/meetings/" + nextId + "/agenda", Map.of("ticketId", tip.json().path("id")
                .asLong(), "publicItem", true), people.police().token());
        assertEquals(tipItem.text(), 201, tipItem.status());
        assertTrue("a confidential ticket is an internal item", !tipItem.json().path("publicItem").asBoolean());
        assertTrue(http.get("/meetings/" + nextId + "/report").json().path("items").findValues("title").stream()
                .noneMatch(t -> t.asText().contains("疑似贩毒窝点")));

        // the report: the public sees public items only
        JsonNode publicReport = http.get("/meetings/" + meeting + "/report").json();
        assertEquals(1, publicReport.path("items").size());
        assertTrue(publicReport.path("summary").isNull());
        JsonNode fullReport = http.get("/meetings/" + meeting + "/report", people.police().token()).json();
        assertEquals(2, fullReport.path("items").size());
        assertEquals(3, fullReport.path("attended").asInt());
        assertEquals("物业两周内划线", fullReport.path("items").get(0).path("outcome").asText());

        // the calendar, read back with a real iCalendar parser
        assertEquals(401, http.get("/meetings/" + meeting + ".ics").status());
        Http.Response ics = http.get("/meetings/" + meeting + ".ics", people.property().token());
        assertEquals(ics.text(), 200, ics.status());
        assertTrue(ics.header("Content-Type"), ics.header("Content-Type").startsWith("text/calendar"));
        ICalendar calendar = Biweekly.parse(ics.text()).first();
        assertNotNull(ics.text(), calendar);
        ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
        assertTrue(warnings.toString(), warnings.isEmpty());
        VEvent event = calendar.getEvents().get(0);
        assertTrue(event.getSummary().getValue().contains("十二月社区联席会议"));
        assertEquals(startsAt, event.getDateStart().getValue().toInstant());
        assertEquals("少先路社区居委会会议室", event.getLocation().getValue());
        assertEquals(5, event.getAttendees().size());
        assertTrue(event.getUid().getValue().startsWith("meeting-" + meeting + "@"));

        // the team's figures
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        JsonNode figures = http.get("/teams/" + team + "/figures?from=" + today.minusDays(1) + "&to="
                + today.plusDays(60), people.police().token()).json();
        assertEquals(2, figures.path("handoffs").path("made").asInt());
        assertEquals(2, figures.path("actions").path("made").asInt());
        assertEquals(1, figures.path("actions").path("done").asInt());
        assertEquals(1, figures.path("actions").path("doneWithinDeadline").asInt());
        assertEquals(1, figures.path("meetings").path("held").asInt());
        assertEquals(1, figures.path("meetings").path("planned").asInt());
    }

    @Test
    public void theModuleUninstallsAloneKeepsItsDataAndWorksWithoutTheCaptainModule() throws Exception {
        long team = team("it-swap").path("id").asLong();
        long handoff = handOff(people.captain(), team, "换装前的移交", Map.of("toRole", "grid"), "请处理").json()
                .path("id").asLong();
        FeaturesService features = service(FeaturesService.class);
        Http root = new Http(HTTP_PORT, "");
        String path = "/api/v1/teams/" + team;
        features.uninstallFeature("fengqiao-cogovernance");
        try {
            Poll.until("the five-in-one module out", WAIT, () -> root.get(path),
                    r -> r.status() == 404 && "module_not_installed".equals(r.error()));
            assertEquals(200, http.get("/boards").status());
            assertEquals(201, http.post("/boards/household/tickets", householdPost("模块卸载期间的帖子"),
                    people.citizen()).status());
        } finally {
            features.installFeature("fengqiao-cogovernance");
        }
        JsonNode back = Poll.until("the five-in-one module back", WAIT, () -> root.get(path),
                r -> r.status() == 200).json();
        assertEquals(5, back.path("roles").size());
        assertEquals("pending", http.get("/handoffs/" + handoff).json().path("state").asText());

        // without the captain module
        features.uninstallFeature("fengqiao-captain");
        try {
            Poll.until("the captain module out", WAIT, () -> root.get("/api/v1/alerts"),
                    r -> "module_not_installed".equals(r.error()));
            Http.Response meeting = http.post("/meetings", Map.of("teamId", team, "kind", "joint", "title",
                    "没有楼长模块的会议", "startsAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(), "place", "居委会"),
                    people.police().token());
            assertEquals(meeting.text(), 201, meeting.status());
            JsonNode candidates = http.get("/meetings/" + meeting.json().path("id").asLong() + "/candidates",
                    people.police().token()).json();
            assertEquals(0, candidates.path("alerts").size());
            assertEquals(1, candidates.path("handoffs").size());
            assertEquals("captain_module_not_installed", http.post("/meetings/" + meeting.json().path("id").asLong()
                    + "/agenda", Map.of("alertId", 1), people.police().token()).json().path("details").get(0)
                    .path("code").asText());
        } finally {
            features.installFeature("fengqiao-captain");
        }
        Poll.until("the captain module back", WAIT, () -> root.get("/api/v1/captains/ranking?precinct=x"),
                r -> !"module_not_installed".equals(r.error()));
    }

    private Runnable sweep() throws Exception {
        java.util.Collection<ServiceReference<Runnable>> refs = bundleContext.getServiceReferences(Runnable.class,
                "(scheduler.name=fengqiao-cogovernance)");
        assertEquals(1, refs.size());
        return bundleContext.getService(refs.iterator().next());
    }

    private static void race(Runnable sweep, int sweeps) {
        ExecutorService pool = Executors.newFixedThreadPool(sweeps);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < sweeps; i++) {
                runs.add(pool.submit(sweep));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
