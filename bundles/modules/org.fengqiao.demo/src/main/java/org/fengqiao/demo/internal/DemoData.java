package org.fengqiao.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Baotou demo data: named staff in every role, citizens and tickets in every state, made through the real services
 * so that every timeline is genuine. Runs only with the demo configuration ({@value #PID}) and only once: it does
 * nothing when the demo citizen already exists.
 */
@Designate(ocd = DemoConfig.class)
@Component(configurationPid = DemoData.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {}, property = "boards.cardinality.minimum=" + DemoData.BOARD_COUNT)
public class DemoData {

    static final String PID = "org.fengqiao.demo";
    static final String PASSWORD = "fengqiao-demo";
    /** The demo waits for all of Baotou's boards (DS minimum cardinality), so that each one gets tickets. */
    static final int BOARD_COUNT = 13;
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final TicketService tickets;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> new Thread(r, "fengqiao-demo"));

    /** {@code tree} and {@code boards} are gates: the demo starts once the units and every board are there. */
    @Activate
    public DemoData(@Reference IdentityService identity, @Reference TicketService tickets,
            @Reference OrganisationTree tree,
            @Reference(name = "boards", cardinality = ReferenceCardinality.AT_LEAST_ONE) List<Board> boards,
            DemoConfig config) {
        this.identity = identity;
        this.tickets = tickets;
        if (!"baotou".equals(config.profile().strip())) {
            LOG.error("{}.cfg: profile = {} is unknown (known: baotou); no demo data loaded", PID, config.profile());
            return;
        }
        // loading takes seconds (bcrypt, dozens of tickets): not on the thread that starts bundles
        loader.submit(this::loadOnce);
    }

    @Deactivate
    void stop() {
        loader.shutdownNow();
    }

    private void loadOnce() {
        try {
            if (identity.accountByUsername("citizen.demo").isPresent()) {
                LOG.info("Demo data already loaded");
                return;
            }
            long start = System.nanoTime();
            Map<String, Account> people = createPeople();
            int count = createTickets(people);
            LOG.info("Demo data loaded: {} accounts, {} tickets in {} ms", people.size(), count,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Loading the demo data failed", e);
        }
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
        staff(people, "command.duty", "韩雪", "BT-0110", "command-centre", "110指挥中心值班长", Role.OFFICER);
        staff(people, "water.chen", "陈静", "SW-0301", "water-bureau", "客服科科长", Role.DEPARTMENT_STAFF);
        staff(people, "heating.yang", "杨帆", "GR-0207", "heating-office", "热线专员", Role.DEPARTMENT_STAFF);
        staff(people, "hotline.li", "李晓燕", "RX-0012", "hotline-12345", "12345热线派单员", Role.DEPARTMENT_STAFF);
        staff(people, "urban.zhao", "赵刚", "CG-0431", "urban-management", "执法中队长", Role.DEPARTMENT_STAFF);
        staff(people, "hrss.qian", "钱敏", "RS-0218", "hrss-bureau", "社保科科员", Role.DEPARTMENT_STAFF);
        staff(people, "lawyer.zhou", "周明", "LS-1520", "legal-aid-centre", "执业律师", Role.LAWYER);
        staff(people, "deputy.wu", "吴桂芳", "RD-0088", "peoples-congress", "市人大代表", Role.DEPUTY);
        staff(people, "grid.sun", "孙丽", "WG-0912", "shaoxian-community", "网格员", Role.GRID_WORKER);
        staff(people, "property.ma", "马强", "WY-0316", "shaoxian-community", "物业经理", Role.PROPERTY_MANAGER);
        staff(people, "committee.hu", "胡秀英", "JW-0105", "shaoxian-community", "居委会主任", Role.COMMITTEE_MEMBER);
        staff(people, "supervisor.guo", "郭正", "DC-0021", "discipline-office", "督察支队民警", Role.SUPERVISOR);
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

    /** Complaints name the staff member they are about. */
    private static final Map<String, String> ACCUSED = Map.of("complaints", "officer.liu");

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
                    Map.of("accident_time", "2026-11-20T08:15", "plate_number", "蒙B5M902")),
            new Sample("approval", "large_event", "商场店庆活动需要办理安全许可吗", "我们商场12月搞店庆，预计来客三千人左右，需要办什么手续？",
                    Map.of("applicant_type", "enterprise", "enterprise_name", "包头某商贸有限公司",
                            "expected_attendance", 3000, "event_start", "2026-12-12T10:00", "venue", "钢铁大街商场前广场")),
            new Sample("approval", "special_trade", "开民宿需要特种行业许可证吗", "准备在青山区开一家小民宿，六个房间，需要办理旅馆业特种行业许可吗？",
                    Map.of("applicant_type", "individual", "trade", "hotel")),
            new Sample("antidrug", "education_talk", "申请到学校开展禁毒宣讲", "我们是昆区一所初中，希望禁毒民警来给初一学生讲一堂课。",
                    Map.of("organisation", "包头市某中学", "audience", "secondary_school", "audience_size", 320,
                            "preferred_time", "2026-12-18T14:30")),
            new Sample("antidrug", "new_drugs", "孩子带回来的“跳跳糖”是不是毒品", "在孩子书包里发现包装奇怪的糖果，担心是新型毒品，怎么辨别？",
                    Map.of("seen_forms", List.of("candy"))),
            new Sample("tipoff", "fraud", "有人冒充客服让我转账", "接到自称快递客服的电话，要求我下载会议软件共享屏幕，疑似诈骗。",
                    Map.of("location", "昆都仑区", "observed_at", "2026-11-25T19:30", "evidence", List.of("audio"))),
            new Sample("tipoff", "gambling", "小区车库里有人聚众赌博", "每天晚上十点后车库里有十几个人打牌，输赢很大。",
                    Map.of("location", "工人村某小区地下车库", "evidence", List.of("video", "witness"))),
            new Sample("help", "missing_person", "寻找走失老人，患有阿尔茨海默症", "我父亲今天上午出门后没有回家，穿深蓝色棉衣，戴灰色帽子。",
                    Map.of("location", "劳动公园附近", "person_name", "赵某", "age", 78, "last_seen_at",
                            "2026-11-26T09:30", "appearance", "身高一米七，深蓝色棉衣，灰色帽子", "condition", "dementia")),
            new Sample("help", "lost_property", "在公交车上丢失钱包", "乘坐5路公交车时钱包丢失，里面有身份证和银行卡。",
                    Map.of("location", "5路公交车", "item_kind", "wallet", "lost_at", "2026-11-24T17:50")),
            new Sample("legal", "labour", "公司拖欠三个月工资怎么办", "在一家装修公司做了半年，最近三个月工资一直没发，老板总说再等等。",
                    Map.of("stage", "negotiating", "issue", "unpaid_wages", "amount_in_dispute", 18000)),
            new Sample("legal", "housing", "物业公司停水停电催缴物业费合法吗", "因为对物业服务不满意没交物业费，物业就给我家停水，这合法吗？",
                    Map.of("stage", "consulting")),
            new Sample("deputies", "livelihood", "老旧小区冬季供暖温度不达标", "我们小区是九十年代的老楼，今年室温只有十四五度，老人孩子受不了。",
                    Map.of("scope", "community")),
            new Sample("deputies", "suggestion", "建议在学校周边增设护学岗", "上下学高峰期学校门口车流量大，建议增设交警护学岗和减速带。",
                    Map.of("scope", "district")),
            new Sample("exitentry", "passport", "护照到期换发需要多久", "下个月要出国探亲，护照快到期了，换发要几个工作日？可以加急吗？",
                    Map.of("urgency", "urgent_travel", "travel_date", "2026-12-20T08:00", "passport_request", "renewal")),
            new Sample("exitentry", "hk_macao_permit", "港澳通行证再次签注能自助办理吗", "通行证还在有效期内，想再签一次个人旅游签注。",
                    Map.of("urgency", "normal")),
            new Sample("firesafety", "hazard", "楼道里有人给电动车充电", "我们单元一楼楼道每晚都有电动车飞线充电，很危险。",
                    Map.of("location", "少先路社区某小区", "hazards", List.of("ebike_indoors", "illegal_wiring"))),
            new Sample("firesafety", "inspection", "新开饭店申请消防安全检查", "饭店即将开业，申请消防部门上门检查指导。",
                    Map.of("venue_kind", "restaurant", "floor_area", 260)),
            new Sample("notices", "law_question", "电动自行车上路需要上牌吗", "看到新的管理规定通知，想问旧的电动自行车还能上路吗？",
                    Map.of()),
            new Sample("notices", "notice_question", "冬季防火通告中的禁烧范围", "通告说禁止露天焚烧，请问农村自家院子烧柴取暖算不算？",
                    Map.of("notice_title", "关于加强冬季防火工作的通告")),
            new Sample("livelihood", "water_supply", "小区连续两天停水没有通知", "我们小区从前天开始停水，物业说是管网维修，但一直没有公告什么时候恢复，老人孩子用水很困难。",
                    Map.of("address", "昆都仑区少先路12号院", "water_problem", "outage")),
            new Sample("livelihood", "heating", "暖气不热，室温只有14度", "入冬以来家里暖气一直不热，室温只有14度左右，给供热公司打电话说排查，没有结果。",
                    Map.of("address", "青山区幸福路8号楼", "indoor_temperature", 14)),
            new Sample("complaints", "bad_attitude", "处理事故时民警态度生硬", "上周在路口处理剐蹭事故时，值勤民警不听解释，态度很差。",
                    Map.of("incident_time", "2026-11-19T17:20", "incident_place", "民族东路与青年路口")),
            new Sample("complaints", "inaction", "多次反映噪音扰民无人处理", "楼下烧烤店每晚营业到凌晨两点，打了三次电话都说会处理，至今没人来。",
                    Map.of("incident_time", "2026-11-10T23:30", "incident_place", "幸福路社区某烧烤店")));

    /** Walks each ticket along the state machine to a target state, with replies and ratings on the way. */
    private int createTickets(Map<String, Account> p) {
        List<String> authors = List.of("citizen.demo", "citizen.li", "citizen.zhao");
        int count = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SAMPLES.size(); i++) {
                Sample s = SAMPLES.get(i);
                Account author = p.get(authors.get((i + round) % authors.size()));
                Long addressee = null;
                if (ACCUSED.containsKey(s.board())) {
                    addressee = p.get(ACCUSED.get(s.board())).id();
                } else if ((i + round) % 5 == 0 && !s.board().equals("tipoff")) {
                    addressee = p.get("leader.demo").id();
                }
                Ticket t = tickets.submit(author, new NewTicket(s.board(), s.category(),
                        round == 0 ? s.title() : s.title() + "（" + (round + 1) + "）", s.body(), s.fields(), addressee));
                advance(t, (i * 3 + round) % 8, author, p);
                count++;
            }
        }
        return count;
    }

    /**
     * Who handles each board's demo tickets: staff of the unit Baotou's routing sends them to (or above it), or the
     * board's answering role; boards routed to the bureau are handled by its deputy director.
     */
    private static final Map<String, String> HANDLERS = Map.ofEntries(Map.entry("traffic", "officer.liu"),
            Map.entry("legal", "lawyer.zhou"), Map.entry("deputies", "deputy.wu"), Map.entry("help", "leader.bureau"),
            Map.entry("complaints", "supervisor.guo"), Map.entry("livelihood", "hotline.li"),
            Map.entry("approval", "leader.bureau"), Map.entry("antidrug", "leader.bureau"),
            Map.entry("tipoff", "leader.bureau"), Map.entry("exitentry", "leader.bureau"),
            Map.entry("firesafety", "leader.bureau"), Map.entry("notices", "leader.bureau"));

    private void advance(Ticket t, int target, Account author, Map<String, Account> p) {
        // a post addressed to a staff member goes to their unit, and they handle it (complaints never reach the accused)
        Long addresseeId = ACCUSED.containsKey(t.boardId()) ? null : t.addresseeId();
        Account addressed = addresseeId == null ? null
                : p.values().stream().filter(a -> addresseeId.equals(a.id())).findFirst().orElse(null);
        Account officer = addressed != null ? addressed : p.get(HANDLERS.getOrDefault(t.boardId(), "officer.demo"));
        // who assigns: a leader whose units cover the board's routing (the 12345 dispatcher assigns livelihood posts)
        Account leader = addressed != null ? addressed : p.get(Map.of("household", "leader.demo", "traffic",
                "leader.sun", "complaints", "supervisor.guo", "livelihood", "hotline.li")
                .getOrDefault(t.boardId(), "leader.bureau"));
        if (t.boardId().equals("help")) {
            tickets.reply(t.id(), p.get("citizen.he"), "我刚才在附近看到过，已经帮忙转发到小区群里了。");
        }
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
                tickets.reply(t.id(), officer, "已按规定办理完毕，详细情况已电话告知，如有疑问可随时留言。");
                t = move(t, officer, "resolve", null, null);
                if (target == 5) {
                    t = move(t, author, "confirm", null, null);
                    tickets.rate(t.id(), author, 5, "回复及时，非常满意");
                }
                if (target == 6) {
                    move(t, author, "reopen", null, "按照回复去做了，问题还没有解决。");
                }
            }
            case 7 -> move(t, officer, "reject", null, "该事项不属于本平台受理范围，已告知相关部门联系方式。");
            default -> throw new IllegalArgumentException("no target state " + target);
        }
    }

    private Ticket move(Ticket t, Account actor, String action, Long assignee, String reason) {
        return tickets.transition(t.id(), actor, new Transition(action, t.version(), assignee, reason));
    }
}
