package org.fengqiao.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrganisationTree;
import org.fengqiao.identity.api.Registration;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.identity.api.StaffRegistration;
import org.fengqiao.board.api.Board;
import org.fengqiao.ticketing.api.NewTicket;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.Transition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Baotou demo data: named staff in every role, citizens and tickets in every state, made through the real services
 * so that every timeline is genuine. Runs only with the demo configuration ({@value #PID}) and only once: it does
 * nothing when the demo citizen already exists.
 */
@Component(configurationPid = DemoData.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {})
public class DemoData {

    static final String PID = "org.fengqiao.demo";
    static final String PASSWORD = "fengqiao-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final TicketService tickets;

    @Activate
    public DemoData(@Reference IdentityService identity, @Reference TicketService tickets,
            @Reference OrganisationTree tree,
            @Reference(target = "(" + Board.ID_PROPERTY + "=household)") Board household,
            @Reference(target = "(" + Board.ID_PROPERTY + "=traffic)") Board traffic) {
        this.identity = identity;
        this.tickets = tickets;
        if (identity.accountByUsername("citizen.demo").isPresent()) {
            LOG.info("Demo data already loaded");
            return;
        }
        long start = System.nanoTime();
        Map<String, Account> people = createPeople();
        int count = createTickets(people);
        LOG.info("Demo data loaded: {} accounts, {} tickets in {} ms", people.size(), count,
                (System.nanoTime() - start) / 1_000_000);
    }

    private Map<String, Account> createPeople() {
        Map<String, Account> people = new LinkedHashMap<>();
        staff(people, "admin.demo", "赵敏", "BT-0001", "baotou-psb", "信息中心主任", Role.ADMIN);
        staff(people, "leader.demo", "李振华", "BT-1001", "shaoxian-precinct", "所长", Role.LEADER);
        staff(people, "officer.demo", "王建国", "BT-1102", "shaoxian-precinct", "社区民警", Role.OFFICER);
        staff(people, "officer.zhang", "张伟", "BT-1103", "shaoxian-community", "楼长 社区民警", Role.OFFICER);
        staff(people, "officer.liu", "刘洋", "BT-2101", "xingfu-precinct", "交警中队民警", Role.OFFICER);
        staff(people, "leader.sun", "孙立军", "BT-2001", "xingfu-precinct", "所长", Role.LEADER);
        staff(people, "leader.bureau", "高志远", "BT-0002", "baotou-psb", "副局长", Role.LEADER);
        staff(people, "water.chen", "陈静", "SW-0301", "water-bureau", "客服科科长", Role.DEPARTMENT_STAFF);
        staff(people, "heating.yang", "杨帆", "GR-0207", "heating-office", "热线专员", Role.DEPARTMENT_STAFF);
        staff(people, "lawyer.zhou", "周明", "LS-1520", "legal-aid-centre", "执业律师", Role.LAWYER);
        staff(people, "deputy.wu", "吴桂芳", "RD-0088", "peoples-congress", "市人大代表", Role.DEPUTY);
        staff(people, "grid.sun", "孙丽", "WG-0912", "shaoxian-community", "网格员", Role.GRID_WORKER);
        staff(people, "property.ma", "马强", "WY-0316", "shaoxian-community", "物业经理", Role.PROPERTY_MANAGER);
        staff(people, "committee.hu", "胡秀英", "JW-0105", "gongren-community", "居委会主任", Role.COMMITTEE_MEMBER);
        staff(people, "supervisor.guo", "郭正", "DC-0021", "baotou-psb", "督察支队民警", Role.SUPERVISOR);
        citizen(people, "citizen.demo", "市民小王", "13904720001");
        citizen(people, "citizen.li", "李女士", "13904720002");
        citizen(people, "citizen.zhao", "老赵", "13904720003");
        citizen(people, "citizen.he", "何先生", null);
        return people;
    }

    private void staff(Map<String, Account> people, String username, String name, String number, String unit,
            String title, Role role) {
        people.put(username, identity.createStaff(new StaffRegistration(username, PASSWORD,
                new StaffProfile(name, number, unit, title, "0472-51" + number.substring(number.length() - 4)),
                Set.of(role))));
    }

    private void citizen(Map<String, Account> people, String username, String name, String phone) {
        people.put(username, identity.register(new Registration(username, PASSWORD, name, phone)));
    }

    private record Sample(String board, String category, String title, String body, Map<String, Object> fields) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("household", "residence_transfer", "孩子上学需要把户口迁入昆区，需要哪些材料？",
                    "我在昆都仑区买了房，孩子明年上小学，想把全家户口迁进来，请问需要准备哪些材料，在哪个窗口办理？",
                    Map.of("applicant_relation", "self", "transfer_direction", "move_in", "from_region", "鄂尔多斯市")),
            new Sample("household", "birth_registration", "新生儿落户可以网上办理吗", "孩子上个月在市中心医院出生，出生证已经拿到，想问能不能网上办理出生登记。",
                    Map.of("applicant_relation", "parent", "birth_date", "2026-10-18T09:20", "birth_place", "hospital")),
            new Sample("household", "id_card", "身份证丢失了怎么补办", "钱包丢了，身份证也在里面，下周要出差坐火车，怎么尽快补办？能办临时身份证吗？",
                    Map.of("applicant_relation", "self", "card_request", "replacement_lost")),
            new Sample("household", "record_correction", "户口本上出生日期登记错误", "我母亲户口本上的出生日期和身份证不一致，差了一个月，想更正。",
                    Map.of("applicant_relation", "child", "correct_items", List.of("birth_date"))),
            new Sample("household", "residence_permit", "外地务工人员办理居住证", "我在包头打工两年了，租房住，想办居住证方便孩子上学，需要什么条件？",
                    Map.of("applicant_relation", "self")),
            new Sample("household", "general", "集体户口如何开具户籍证明", "单位集体户口，需要开户籍证明办理公积金贷款，应该找谁？",
                    Map.of("applicant_relation", "self")),
            new Sample("traffic", "road_problem", "阿尔丁大街与民族东路路口信号灯不亮", "今天早上七点多路过，路口东西方向信号灯全灭，车辆乱行，很危险，请尽快修复。",
                    Map.of("location", "阿尔丁大街与民族东路交叉口", "problem_kind", "signal_fault", "contact_time", "any")),
            new Sample("traffic", "violation", "对电子警察抓拍的违法有异议", "系统显示我在钢铁大街闯红灯，但当时是跟随引导车通过，能否复核？",
                    Map.of("plate_number", "蒙B2K378", "violation_time", "2026-11-02T18:40",
                            "violation_location", "钢铁大街与青年路口")),
            new Sample("traffic", "driving_licence", "驾驶证到期换证能在异地办吗", "驾驶证明年一月到期，人在包头工作，证是呼和浩特考的，能在包头换证吗？",
                    Map.of("licence_request", "renewal", "contact_time", "evening")),
            new Sample("traffic", "vehicle_registration", "二手车过户需要车主本人到场吗", "买了一辆二手车，原车主在外地，过户时是否必须本人到场？",
                    Map.of("plate_number", "蒙B8Q216", "registration_kind", "transfer")),
            new Sample("traffic", "road_problem", "小区门口乱停车堵塞消防通道", "少先路29号小区门口每天晚上都有车辆乱停，消防通道被堵，希望交警管一管。",
                    Map.of("location", "少先路29号小区北门", "problem_kind", "parking_chaos")),
            new Sample("traffic", "accident", "轻微剐蹭事故对方不配合处理", "前天在建设路发生轻微剐蹭，对方拍照后离开，至今不接电话，怎么办？",
                    Map.of("accident_time", "2026-11-20T08:15", "plate_number", "蒙B5M902")));

    /** Walks each ticket along the state machine to a target state, with replies and ratings on the way. */
    private int createTickets(Map<String, Account> p) {
        List<String> authors = List.of("citizen.demo", "citizen.li", "citizen.zhao");
        int count = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < SAMPLES.size(); i++) {
                Sample s = SAMPLES.get(i);
                Account author = p.get(authors.get((i + round) % authors.size()));
                Long addressee = (i + round) % 5 == 0 ? p.get("leader.demo").id() : null;
                Ticket t = tickets.submit(author, new NewTicket(s.board(), s.category(),
                        round == 0 ? s.title() : s.title() + "（" + (round + 1) + "）", s.body(), s.fields(), addressee));
                advance(t, (i * 3 + round) % 8, author, p);
                count++;
            }
        }
        return count;
    }

    private void advance(Ticket t, int target, Account author, Map<String, Account> p) {
        Account officer = p.get(t.boardId().equals("traffic") ? "officer.liu" : "officer.demo");
        Account leader = p.get(t.boardId().equals("traffic") ? "leader.sun" : "leader.demo");
        switch (target) {
            case 0 -> {
                // stays submitted
            }
            case 1 -> t = move(t, officer, "accept", null, null);
            case 2 -> {
                t = move(t, officer, "accept", null, null);
                tickets.reply(t.id(), officer, "您好，您反映的问题已收到，我们正在核实，请保持电话畅通。");
                move(t, leader, "assign", officer.id(), null);
            }
            case 3 -> {
                t = move(t, officer, "accept", null, null);
                move(t, officer, "start", null, null);
            }
            case 4, 5, 6 -> {
                t = move(t, officer, "accept", null, null);
                t = move(t, officer, "start", null, null);
                tickets.reply(t.id(), officer, "已按规定办理完毕，详细材料清单已通过短信发送给您，如有疑问可到所里窗口咨询。");
                t = move(t, officer, "resolve", null, null);
                if (target == 5) {
                    t = move(t, author, "confirm", null, null);
                    tickets.rate(t.id(), author, 5, "回复及时，非常满意");
                }
                if (target == 6) {
                    move(t, author, "reopen", null, "按照回复去办理，窗口说材料还不全，问题没有解决。");
                }
            }
            case 7 -> move(t, officer, "reject", null, "该事项不属于公安机关职责，请咨询市住建局。");
            default -> throw new IllegalArgumentException("no target state " + target);
        }
    }

    private Ticket move(Ticket t, Account actor, String action, Long assignee, String reason) {
        return tickets.transition(t.id(), actor, new Transition(action, t.version(), assignee, reason));
    }
}
