package org.fengqiao.cogovernance.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrganisationTree;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.identity.api.StaffRegistration;
import org.fengqiao.platform.api.FengqiaoException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The five-in-one part of the Baotou demo (with {@code etc/org.fengqiao.demo.cfg}, once): the team of 少先路社区 with
 * its five roles, hand-offs in every state, a past joint meeting with minutes and two action items (one done, one
 * open), and a coming three-party meeting whose agenda took the open one up by itself. Made through the module's own
 * services, after the demo's accounts exist.
 */
@Component(configurationPid = "org.fengqiao.demo", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {})
public class CogovernanceDemo {

    static final String COMMUNITY = "shaoxian-community";
    private static final Logger LOG = LoggerFactory.getLogger(CogovernanceDemo.class);
    /** The demo's accounts are made by the core demo; the captain by the captain module's demo when installed. */
    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final Duration CAPTAIN_WAIT = Duration.ofSeconds(60);

    private final IdentityService identity;
    private final Teams teams;
    private final Handoffs handoffs;
    private final Meetings meetings;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(
            r -> new Thread(r, "fengqiao-cogovernance-demo"));

    @Activate
    public CogovernanceDemo(@Reference IdentityService identity, @Reference Teams teams, @Reference Handoffs handoffs,
            @Reference Meetings meetings, @Reference OrganisationTree tree) {
        this.identity = identity;
        this.teams = teams;
        this.handoffs = handoffs;
        this.meetings = meetings;
        loader.submit(this::loadOnce);
    }

    @Deactivate
    void stop() {
        loader.shutdownNow();
    }

    private void loadOnce() {
        try {
            if (!teams.ofCommunity(COMMUNITY).isEmpty()) {
                LOG.info("Five-in-one demo data already loaded");
                return;
            }
            Optional<Account> last = await("citizen.he", WAIT);
            if (last.isEmpty() || Thread.currentThread().isInterrupted()) {
                LOG.warn("Five-in-one demo data not loaded: the demo accounts did not appear within {}", WAIT);
                return;
            }
            long start = System.nanoTime();
            Account captain = await("captain.demo", CAPTAIN_WAIT).orElseGet(this::createCaptain);
            Account admin = account("admin.demo");
            Account police = account("officer.demo");
            Account committee = account("committee.hu");
            Account property = account("property.ma");
            Account grid = account("grid.sun");
            Team team = teams.create(admin, COMMUNITY, null, "少先路社区五位一体");
            teams.assign(admin, team.id(), "captain", captain.id(), List.of(), captain.staff().publicPhone(), null);
            teams.assign(admin, team.id(), "police", police.id(), List.of(account("officer.zhang").id()), null, null);
            teams.assign(admin, team.id(), "committee", committee.id(), List.of(), null, null);
            teams.assign(admin, team.id(), "property", property.id(), List.of(), null, null);
            teams.assign(admin, team.id(), "grid", grid.id(), List.of(), null, null);

            Handoff parking = handOff(captain, team, "小区北门车辆乱停堵塞消防通道", "每晚北门两侧停满私家车，消防车进不来。",
                    "property", "车位划线与北门停车管理属物业职责，请物业划线并安排夜间巡查");
            Handoff dogs = handOff(captain, team, "29号院流浪狗聚集", "3栋和5栋之间有四五只流浪狗，晚上追咬行人。",
                    "grid", "请网格员联系社区和犬类收容部门");
            handoffs.accept(grid, dogs.id(), dogs.version());
            Handoff noise = handOff(captain, team, "少先路29号院门口饭店油烟噪音扰民", "饭店排风机深夜运行，噪音和油烟影响3栋居民休息。",
                    "committee", "请居委会出面协调饭店与居民");
            Handoff declined = handoffs.decline(committee, noise.id(), noise.version(),
                    "饭店排风与噪音属城管执法范围，居委会无执法权，请转城管");
            Handoff toUrban = handOffAgain(captain, team, declined.ticketId(), "grid",
                    "居委会退回：请网格员核实后报城管");
            forwardToDepartment(grid, toUrban);
            Handoff lights = handOff(captain, team, "5栋楼道灯不亮", "5栋2单元三到六楼楼道灯坏了一个月。", "property",
                    "楼道照明属物业维修范围");
            Handoff lightsAccepted = handoffs.accept(property, lights.id(), lights.version());
            handoffs.done(property, lights.id(), lightsAccepted.version(), "已更换5栋2单元楼道灯6盏");

            Instant past = Instant.now().minus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            Meetings.Detail joint = meetings.convene(police, new NewMeeting(team.id(), "joint", "十一月社区联席会议", past,
                    past.plus(2, ChronoUnit.HOURS), "少先路社区居委会二楼会议室", null, List.of()));
            long id = joint.meeting().id();
            var parkingItem = meetings.addToAgenda(police, id, null, parking.id(), null, null, true);
            var heatingItem = meetings.addToAgenda(police, id, null, null, null, "老旧小区冬季供暖温度不达标的协调", true);
            for (var invitee : meetings.detail(id).invitees()) {
                meetings.signIn(police, id, invitee.id(), null, null);
            }
            Meetings.Detail held = meetings.writeMinutes(police, id, meetings.detail(id).meeting().version(),
                    "会议听取楼长关于北门停车和供暖问题的情况反映，物业、居委会、网格员分别表态，形成两项决定。",
                    List.of(new Meetings.ItemMinutes(parkingItem.id(), "物业同意在北门两侧施划停车线，安排夜间保安巡查。",
                            "物业划线并巡查，两周内完成", true),
                            new Meetings.ItemMinutes(heatingItem.id(), "居委会汇总室温测量记录，由网格员报供热办。",
                                    "网格员收集室温记录并报供热办", true)));
            var lines = meetings.addAction(police, held.meeting().id(), "北门两侧施划停车线并安排夜间巡查", null,
                    property.id(), Instant.now().plus(3, ChronoUnit.DAYS), parkingItem.id(), true);
            meetings.actionDone(property, id, lines.id(), lines.version(), "已施划停车线28个车位，保安每晚巡查两次");
            meetings.addAction(police, id, "收集3栋5栋室温记录并报供热办", null, grid.id(),
                    Instant.now().plus(10, ChronoUnit.DAYS), heatingItem.id(), true);
            Instant next = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            meetings.convene(police, new NewMeeting(team.id(), "three_parties", "楼长、民警、居民三见面", next, null,
                    "少先路29号院3栋楼下", "https://meeting.example.org/sxl29", List.of()));
            LOG.info("Five-in-one demo data loaded: team {}, 6 hand-offs, 2 meetings in {} ms", team.id(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Loading the five-in-one demo data failed", e);
        }
    }

    private Handoff handOff(Account from, Team team, String title, String body, String toRole, String reason) {
        return handoffs.handOff(from, new NewHandoff(null, new NewHandoff.TicketDraft("livelihood", "other", title,
                body, Map.of("address", "少先路29号院")), team.id(), toRole, null, reason, null));
    }

    private Handoff handOffAgain(Account from, Team team, long ticketId, String toRole, String reason) {
        return handoffs.handOff(from, new NewHandoff(ticketId, null, team.id(), toRole, null, reason, null));
    }

    /** To urban management when that linkage is installed, else to the police officer of the team. */
    private void forwardToDepartment(Account grid, Handoff h) {
        Handoff accepted = handoffs.accept(grid, h.id(), h.version());
        try {
            handoffs.forward(grid, h.id(), accepted.version(), null, "urban", "已核实：饭店排风机夜间运行，属城管执法，请城管处理",
                    null);
        } catch (FengqiaoException e) {
            handoffs.forward(grid, h.id(), accepted.version(), "police", null, "已核实，城管联动未安装，请民警协调", null);
        }
    }

    private Account createCaptain() {
        try {
            return identity.createStaff(new StaffRegistration("captain.demo", "fengqiao-demo", new StaffProfile("高建军",
                    "BT-1108", COMMUNITY, "社区民警 楼长", "0472-5111108"), Set.of(Role.OFFICER)));
        } catch (FengqiaoException e) {
            // the captain module's demo made it meanwhile
            return account("captain.demo");
        }
    }

    private Account account(String username) {
        return identity.accountByUsername(username).orElseThrow(() -> new IllegalStateException("the demo account "
                + username + " is missing"));
    }

    private Optional<Account> await(String username, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!Thread.currentThread().isInterrupted()) {
            Optional<Account> a = identity.accountByUsername(username);
            if (a.isPresent() || System.nanoTime() > deadline) {
                return a;
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        return Optional.empty();
    }
}
