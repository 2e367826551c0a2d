import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills a stopped Fengqiao database (embedded Derby or PostgreSQL, after the migrations ran) with a year of Baotou:
 * precincts and communities, 4,700 staff, 1.6 M citizens, 434 k tickets over the 13 boards with the states, timeline
 * steps, ratings, follows, notifications and linkage dispatches they would have, and a year of visits as the daily
 * counters the figures read. Rows go in JDBC batches straight into the migrated schema; the same seed and size give
 * the same rows. All generated accounts have the password of the demo accounts.
 * <p>
 * Usage: {@code java -cp <jdbc driver jar> bench/LoadYear.java <jdbc url> <user> <password> <tickets> <seed> <units.cfg>}
 * where {@code tickets} is the year's posts (434000 for Baotou; citizens, staff and visits scale with it) and
 * {@code units.cfg} the distribution's {@code etc/org.fengqiao.identity.units.cfg}, to which the generated units are
 * appended (units not in that file are deactivated at start).
 */
public class LoadYear {

    static final int YEAR_TICKETS = 434_000;
    static final int YEAR_CITIZENS = 1_586_000;
    static final int YEAR_STAFF = 4_700;
    static final long YEAR_VISITS = 63_000_000L;
    static final int PRECINCTS = 60;
    static final int COMMUNITIES_PER_PRECINCT = 6;
    static final int BATCH = 2_000;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Board, share of the year's posts, categories, and where its posts go ("*" = a precinct). */
    record BoardMix(String id, double share, String[] categories, String unit) {
    }

    static final List<BoardMix> BOARDS = List.of(
            new BoardMix("household", 0.22, cats("residence_transfer birth_registration id_card record_correction residence_permit general"), "*"),
            new BoardMix("traffic", 0.18, cats("driving_licence vehicle_registration violation road_problem accident"), "*"),
            new BoardMix("livelihood", 0.14, cats("water_supply heating social_security noise illegal_building other"), "hotline-12345"),
            new BoardMix("exitentry", 0.08, cats("passport hk_macao_permit taiwan_permit foreigner_visa foreigner_lodging"), "*"),
            new BoardMix("help", 0.08, cats("missing_person urgent_medical lost_property extreme_weather_travel"), "*"),
            new BoardMix("approval", 0.06, cats("special_trade security_service large_event fireworks progress"), "*"),
            new BoardMix("tipoff", 0.06, cats("gang_crime drugs fraud gambling pyramid_scheme public_order"), "*"),
            new BoardMix("legal", 0.05, cats("labour family housing contract_debt traffic_compensation criminal"), "legal-aid-centre"),
            new BoardMix("firesafety", 0.04, cats("hazard inspection knowledge"), "*"),
            new BoardMix("notices", 0.03, cats("notice_question law_question feedback"), "baotou-psb"),
            new BoardMix("deputies", 0.03, cats("livelihood urban_management education medical environment suggestion"), "peoples-congress"),
            new BoardMix("antidrug", 0.02, cats("education_talk rehabilitation knowledge new_drugs"), "*"),
            new BoardMix("complaints", 0.01, cats("bribery unfair_enforcement inaction bad_attitude"), "discipline-office"));

    static final Map<String, String[]> LINKAGES = Map.of(
            "water_supply", new String[] { "water", "water_supply", "water-bureau" },
            "heating", new String[] { "heating", "no_heating", "heating-office" },
            "social_security", new String[] { "socialsecurity", "pension", "hrss-bureau" },
            "noise", new String[] { "urban", "noise", "urban-management" },
            "illegal_building", new String[] { "urban", "illegal_building", "urban-management" });

    static final String[] SURNAMES = cats("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗");
    static final String[] GIVEN = cats("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 涛 明 超 秀英 华 慧 建国");
    static final String[] TITLE_WORDS = cats("咨询 办理 反映 求助 举报 投诉 建议 询问");
    static final String[] SUBJECTS = cats("户口迁移 身份证补办 驾驶证换证 车辆年检 小区停车 楼道堆物 噪音扰民 供暖不热 停水 护照办理 "
            + "出生登记 居住证 道路积水 占道经营 电动车充电 失物招领 老人走失 学校周边安全 违章建筑 工资拖欠");

    final SplittableRandom random;
    final Connection db;
    final boolean postgres;
    final Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
    final Instant start = end.minus(Duration.ofDays(365));
    final int tickets;
    final String passwordHash;
    final List<String> precincts = new ArrayList<>();
    final Map<String, List<long[]>> staffByUnit = new HashMap<>(); // unit -> [id]
    final Map<Long, String> staffNames = new HashMap<>();
    long firstCitizen;
    int citizens;
    long rows;

    LoadYear(Connection db, int tickets, long seed) throws SQLException {
        this.db = db;
        this.tickets = tickets;
        this.random = new SplittableRandom(seed);
        this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT PASSWORD_HASH FROM FQ_ACCOUNT WHERE USERNAME = 'citizen.demo'")) {
            if (!r.next()) {
                throw new IllegalStateException("no account citizen.demo: start the distribution once with the demo"
                        + " profile (etc/org.fengqiao.demo.cfg) before loading a year");
            }
            passwordHash = r.getString(1);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: LoadYear <jdbc url> <user> <password> <tickets> <seed> <units.cfg>");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], args[1].isEmpty() ? null : args[1],
                args[2].isEmpty() ? null : args[2])) {
            db.setAutoCommit(false);
            LoadYear load = new LoadYear(db, Integer.parseInt(args[3]), Long.parseLong(args[4]));
            if (load.count("SELECT COUNT(*) FROM FQ_ACCOUNT WHERE USERNAME = 'citizen-0000001'") > 0) {
                System.err.println("this database already holds a generated year");
                System.exit(3);
            }
            load.units(Path.of(args[5]));
            load.step("staff", load::staff);
            load.step("citizens", load::citizens);
            load.step("tickets, timeline, follows, notifications, dispatches", load::tickets);
            load.step("visit counters", load::visits);
            load.step("identity counters", load::restartIdentities);
            load.step("member counters, figures queued for counting", load::counters);
            load.step("planner statistics", load::statistics);
            System.out.printf("loaded %,d rows in %.1f s%n", load.rows, (System.nanoTime() - t0) / 1e9);
        } finally {
            if (args[0].startsWith("jdbc:derby:")) {
                try {
                    DriverManager.getConnection("jdbc:derby:;shutdown=true");
                } catch (SQLException expected) {
                    // Derby answers a clean shutdown with an exception
                }
            }
        }
    }

    interface Step {
        void run() throws SQLException;
    }

    void step(String name, Step step) throws SQLException {
        long t0 = System.nanoTime();
        long before = rows;
        step.run();
        db.commit();
        System.out.printf("%-58s %,11d rows %7.1f s%n", name, rows - before, (System.nanoTime() - t0) / 1e9);
    }

    /** Baotou's precincts and communities under the city bureau: in the table now, in the units file for the start. */
    void units(Path unitsCfg) throws SQLException, IOException {
        StringBuilder cfg = new StringBuilder("\n# generated by bench/LoadYear.java: a year of Baotou\n");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO FQ_ORG_UNIT (CODE, KIND, NAME_ZH, NAME_EN,"
                + " PARENT_CODE, ACTIVE) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int p = 1; p <= PRECINCTS; p++) {
                String precinct = String.format("bt-p%02d", p);
                precincts.add(precinct);
                unit(insert, cfg, precinct, "precinct", "包头市公安局第" + p + "派出所", "Baotou Police Station " + p,
                        "baotou-psb");
                for (int c = 1; c <= COMMUNITIES_PER_PRECINCT; c++) {
                    unit(insert, cfg, precinct + "-c" + c, "community", "第" + p + "派出所辖区第" + c + "社区",
                            "Community " + c + " of station " + p, precinct);
                }
            }
            insert.executeBatch();
        }
        db.commit();
        Files.writeString(unitsCfg, cfg, StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
    }

    private void unit(PreparedStatement insert, StringBuilder cfg, String code, String kind, String zh, String en,
            String parent) throws SQLException {
        insert.setString(1, code);
        insert.setString(2, kind);
        insert.setString(3, zh);
        insert.setString(4, en);
        insert.setString(5, parent);
        insert.setBoolean(6, true);
        insert.addBatch();
        rows++;
        cfg.append("unit.").append(code).append(".kind = ").append(kind).append('\n')
                .append("unit.").append(code).append(".name.zh = ").append(escape(zh)).append('\n')
                .append("unit.").append(code).append(".name.en = ").append(en).append('\n')
                .append("unit.").append(code).append(".parent = ").append(parent).append('\n');
    }

    void staff() throws SQLException {
        int staff = Math.max(PRECINCTS * 5, (int) ((long) YEAR_STAFF * tickets / YEAR_TICKETS));
        List<String[]> posts = new ArrayList<>(); // unit, roles, title
        for (String unit : List.of("hotline-12345", "legal-aid-centre", "peoples-congress", "discipline-office",
                "water-bureau", "heating-office", "urban-management", "hrss-bureau")) {
            String role = switch (unit) {
                case "legal-aid-centre" -> ",lawyer,";
                case "peoples-congress" -> ",deputy,";
                case "discipline-office" -> ",officer,supervisor,";
                default -> ",department_staff,";
            };
            for (int i = 0; i < 5; i++) {
                posts.add(new String[] { unit, role, "工作人员" });
            }
        }
        for (int i = 0; i < 10; i++) {
            posts.add(new String[] { "baotou-psb", ",leader,officer,", "局领导" });
        }
        for (int i = 0; posts.size() < staff; i++) {
            String precinct = precincts.get(i % PRECINCTS);
            boolean leader = i / PRECINCTS < 2;
            posts.add(new String[] { precinct, leader ? ",leader,officer," : ",officer,", leader ? "所长" : "民警" });
        }
        try (PreparedStatement insert = accountInsert()) {
            long id = nextId("FQ_ACCOUNT");
            int n = 0;
            for (String[] post : posts) {
                String name = name();
                account(insert, id, String.format("officer-%05d", ++n), name, post[1], true, name,
                        String.format("BT%06d", n), post[0], post[2], random.nextInt(4) == 0 ? phone() : null);
                staffByUnit.computeIfAbsent(post[0], u -> new ArrayList<>()).add(new long[] { id });
                staffNames.put(id, name);
                id++;
            }
            insert.executeBatch();
        }
    }

    void citizens() throws SQLException {
        citizens = Math.max(1_000, (int) ((long) YEAR_CITIZENS * tickets / YEAR_TICKETS));
        try (PreparedStatement insert = accountInsert()) {
            firstCitizen = nextId("FQ_ACCOUNT");
            for (int i = 0; i < citizens; i++) {
                account(insert, firstCitizen + i, String.format("citizen-%07d", i + 1), "网友" + (100000 + i),
                        ",citizen,", false, null, null, null, null, phone());
            }
            insert.executeBatch();
        }
    }

    private PreparedStatement accountInsert() throws SQLException {
        return db.prepareStatement("INSERT INTO FQ_ACCOUNT (ID, USERNAME, PASSWORD_HASH, DISPLAY_NAME, PHONE, ROLE_CODES,"
                + " STAFF, FULL_NAME, STAFF_NUMBER, UNIT_CODE, TITLE, PUBLIC_PHONE, CREATED_AT, ROW_VERSION)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    }

    private void account(PreparedStatement insert, long id, String username, String displayName, String roles,
            boolean staff, String fullName, String staffNumber, String unit, String title, String phone)
            throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, username);
        insert.setString(3, passwordHash);
        insert.setString(4, staff ? fullName : displayName);
        insert.setString(5, staff ? null : phone);
        insert.setString(6, roles);
        insert.setBoolean(7, staff);
        insert.setString(8, fullName);
        insert.setString(9, staffNumber);
        insert.setString(10, unit);
        insert.setString(11, title);
        insert.setString(12, staff ? phone : null);
        Instant created = start.minus(Duration.ofDays(random.nextInt(2000)));
        insert.setTimestamp(13, Timestamp.from(created));
        if (roles.contains(",citizen,")) {
            joined.merge(created.truncatedTo(java.time.temporal.ChronoUnit.HOURS), 1L, Long::sum);
        }
        add(insert);
    }

    /** The year's posts in the order they came, each with the steps its state implies. */
    void tickets() throws SQLException {
        long ticketId = nextId("FQ_TICKET");
        long entryId = nextId("FQ_TIMELINE_ENTRY");
        boolean notifications = hasTable("FQ_NOTIFICATION");
        boolean dispatches = hasTable("FQ_DISPATCH");
        long notificationId = notifications ? nextId("FQ_NOTIFICATION") : 0;
        long dispatchId = dispatches ? nextId("FQ_DISPATCH") : 0;
        double[] cumulative = new double[BOARDS.size()];
        double sum = 0;
        for (int b = 0; b < BOARDS.size(); b++) {
            cumulative[b] = sum += BOARDS.get(b).share();
        }
        List<long[]> hotline = staffByUnit.get("hotline-12345");
        try (PreparedStatement ticket = db.prepareStatement("INSERT INTO FQ_TICKET (ID, BOARD_ID, CATEGORY, TITLE, BODY,"
                + " FIELDS_JSON, AUTHOR_ID, UNIT_CODE, ASSIGNEE_ID, TICKET_STATE, CREATED_AT, UPDATED_AT,"
                + " FIRST_RESPONSE_AT, RESOLVED_AT, CLOSED_AT, RATING_SCORE, RATING_COMMENT, RATED_AT, REJECT_REASON,"
                + " ROW_VERSION, FIRST_RESPONSE_DUE, RESOLUTION_DUE, COMPLAINT, RESPONSE_SECONDS,"
                + " RESOLUTION_SECONDS, EMERGENCY, ESCALATION_LEVEL, ESCALATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement entry = db.prepareStatement("INSERT INTO FQ_TIMELINE_ENTRY (ID, TICKET_ID, ENTRY_KIND,"
                        + " ACTION_CODE, FROM_STATE, TO_STATE, BODY, ACTOR_ID, ACTOR_NAME, ACTOR_STAFF, ACTOR_UNIT_CODE,"
                        + " OCCURRED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement escalation = db.prepareStatement("INSERT INTO FQ_TICKET_ESCALATION (TICKET_ID,"
                        + " ESCALATION_LEVEL, FROM_UNIT, TO_UNIT, ESCALATED_AT) VALUES (?, 1, ?, 'baotou-psb', ?)");
                PreparedStatement follow = db.prepareStatement(
                        "INSERT INTO FQ_FOLLOW (TICKET_ID, ACCOUNT_ID, CREATED_AT) VALUES (?, ?, ?)");
                PreparedStatement notification = notifications ? db.prepareStatement("INSERT INTO FQ_NOTIFICATION (ID,"
                        + " RECIPIENT_ID, TICKET_ID, EVENT_KIND, MESSAGE, CREATED_AT, READ_AT) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        : null;
                PreparedStatement dispatch = dispatches ? db.prepareStatement("INSERT INTO FQ_DISPATCH (ID, TICKET_ID,"
                        + " LINKAGE_ID, CATEGORY, DEPARTMENT_UNIT, UNIT_CODE, DISPATCH_STATE, NOTE, DISPATCHER_ID,"
                        + " DISPATCHER_NAME, HANDLER_ID, HANDLER_NAME, FEEDBACK, CREATED_AT, ACCEPT_DUE, DUE, ACCEPTED_AT,"
                        + " ANSWERED_AT, CLOSED_AT, ESCALATION_LEVEL, DELIVERY_MODE, DELIVERY_ATTEMPTS, ROW_VERSION)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'IN_APP', 0, 1)") : null) {
            long span = Duration.between(start, end).toSeconds();
            for (int i = 0; i < tickets; i++, ticketId++) {
                Instant created = start.plusSeconds(span * i / tickets + random.nextInt(60));
                double pick = random.nextDouble() * sum;
                int b = 0;
                while (cumulative[b] < pick) {
                    b++;
                }
                BoardMix board = BOARDS.get(b);
                String category = board.categories()[random.nextInt(board.categories().length)];
                String unit = board.unit().equals("*") ? precincts.get(random.nextInt(PRECINCTS)) : board.unit();
                List<long[]> handlers = staffByUnit.get(unit);
                long handler = handlers.get(random.nextInt(handlers.size()))[0];
                long author = firstCitizen + random.nextInt(citizens);
                String authorName = "网友" + (100000 + (author - firstCitizen));
                long ageDays = Duration.between(created, end).toDays();
                String state = state(ageDays);
                Instant responseDue = created.plus(Duration.ofHours(24));
                Instant resolutionDue = created.plus(Duration.ofDays(5));
                Instant responded = state.equals("submitted") ? null
                        : created.plusSeconds(600 + (long) (random.nextDouble() * random.nextDouble() * 172_800));
                Instant resolved = switch (state) {
                    case "resolved", "closed" -> responded.plusSeconds(3_600 + (long) (random.nextDouble() * 6 * 86_400));
                    default -> null;
                };
                Instant closed = state.equals("closed") ? resolved.plusSeconds(3_600 + random.nextInt(3 * 86_400))
                        : state.equals("rejected") ? responded : null;
                Integer rating = state.equals("closed") && random.nextInt(10) < 6 ? 3 + random.nextInt(3) - (random.nextInt(8) == 0 ? 2 : 0) : null;
                Instant updated = closed != null ? closed : resolved != null ? resolved : responded != null ? responded : created;
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                int version = 1;

                entry(entry, entryId++, ticketId, "created", null, null, "submitted", null, author, authorName, false,
                        null, created);
                if (responded != null) {
                    String handlerName = staffNames.get(handler);
                    if (state.equals("rejected")) {
                        entry(entry, entryId++, ticketId, "transition", "reject", "submitted", "rejected", "不属于本单位职责范围，请向相关部门反映。",
                                handler, handlerName, true, unit, responded);
                        version++;
                    } else {
                        entry(entry, entryId++, ticketId, "transition", "accept", "submitted", "accepted", null, handler,
                                handlerName, true, unit, responded);
                        entry(entry, entryId++, ticketId, "reply", null, null, null, "您好，您反映的" + subject
                                + "问题已受理，我们将尽快核实处理。", handler, handlerName, true, unit, responded.plusSeconds(1));
                        version += 2;
                        if (!state.equals("accepted")) {
                            entry(entry, entryId++, ticketId, "transition", "start", "accepted", "in_progress", null,
                                    handler, handlerName, true, unit, responded.plusSeconds(2));
                            version++;
                        }
                        if (random.nextInt(3) == 0) {
                            entry(entry, entryId++, ticketId, "reply", null, null, null, "请问现在办理到哪一步了？", author,
                                    authorName, false, null, responded.plusSeconds(3_600));
                            version++;
                        }
                        if (resolved != null) {
                            entry(entry, entryId++, ticketId, "transition", "resolve", "in_progress", "resolved",
                                    "已办结：" + subject + "问题已处理完毕。", handler, handlerName, true, unit, resolved);
                            version++;
                        }
                        if (closed != null) {
                            entry(entry, entryId++, ticketId, "transition", "confirm", "resolved", "closed", null, author,
                                    authorName, false, null, closed);
                            version++;
                            if (rating != null) {
                                entry(entry, entryId++, ticketId, "rating", null, null, null, "满意度 " + rating, author,
                                        authorName, false, null, closed.plusSeconds(5));
                                version++;
                            }
                        }
                    }
                    if (notification != null) {
                        notification(notification, notificationId++, author, ticketId, "reply", "您的帖子有了新的回复",
                                responded, random.nextInt(5) > 0);
                        if (resolved != null) {
                            notification(notification, notificationId++, author, ticketId, "resolved", "您的帖子已办结",
                                    resolved, random.nextInt(5) > 0);
                        }
                    }
                }
                // a post still open after its deadline went up to the bureau when the sweep of that day ran
                boolean escalated = board.unit().equals("*") && resolutionDue.isBefore(end)
                        && (state.equals("submitted") || state.equals("accepted") || state.equals("in_progress"));
                if (escalated) {
                    escalation.setLong(1, ticketId);
                    escalation.setString(2, unit);
                    escalation.setTimestamp(3, Timestamp.from(resolutionDue));
                    escalation.addBatch();
                    entry(entry, entryId++, ticketId, "escalated", null, null, null, "逾期升级 Overdue, escalated", 0,
                            "系统 System", false, null, resolutionDue);
                    version++;
                    rows++;
                }
                if (dispatch != null && board.id().equals("livelihood") && LINKAGES.containsKey(category)
                        && responded != null && !state.equals("rejected")) {
                    String[] linkage = LINKAGES.get(category);
                    List<long[]> department = staffByUnit.get(linkage[2]);
                    long departmentHandler = department.get(random.nextInt(department.size()))[0];
                    long dispatcher = hotline.get(random.nextInt(hotline.size()))[0];
                    String dispatchState = resolved != null ? "completed" : random.nextBoolean() ? "accepted" : "dispatched";
                    dispatch.setLong(1, dispatchId++);
                    dispatch.setLong(2, ticketId);
                    dispatch.setString(3, linkage[0]);
                    dispatch.setString(4, linkage[1]);
                    dispatch.setString(5, linkage[2]);
                    dispatch.setString(6, unit);
                    dispatch.setString(7, dispatchState);
                    dispatch.setString(8, "请核实处理");
                    dispatch.setLong(9, dispatcher);
                    dispatch.setString(10, staffNames.get(dispatcher));
                    boolean accepted = !dispatchState.equals("dispatched");
                    setLong(dispatch, 11, accepted ? departmentHandler : null);
                    dispatch.setString(12, accepted ? staffNames.get(departmentHandler) : null);
                    dispatch.setString(13, resolved != null ? "已安排维修人员处理完毕" : null);
                    dispatch.setTimestamp(14, Timestamp.from(responded));
                    dispatch.setTimestamp(15, Timestamp.from(responded.plus(Duration.ofHours(24))));
                    dispatch.setTimestamp(16, Timestamp.from(responded.plus(Duration.ofDays(5))));
                    setTime(dispatch, 17, accepted ? responded.plusSeconds(7_200) : null);
                    setTime(dispatch, 18, resolved);
                    setTime(dispatch, 19, resolved);
                    dispatch.addBatch();
                    rows++;
                }
                int followers = random.nextInt(10) < 3 ? 1 + random.nextInt(3) : 0;
                for (int f = 0; f < followers; f++) {
                    follow.setLong(1, ticketId);
                    follow.setLong(2, firstCitizen + (author - firstCitizen + 1 + f * 7919L) % citizens);
                    follow.setTimestamp(3, Timestamp.from(created.plusSeconds(60 + f)));
                    follow.addBatch();
                    rows++;
                }

                ticket.setLong(1, ticketId);
                ticket.setString(2, board.id());
                ticket.setString(3, category);
                ticket.setString(4, TITLE_WORDS[random.nextInt(TITLE_WORDS.length)] + subject + "的问题");
                ticket.setString(5, "您好，我想" + TITLE_WORDS[random.nextInt(TITLE_WORDS.length)] + "一下" + subject
                        + "的事情，具体情况是这样的：" + "最近一段时间一直没有解决，希望有关部门尽快处理，谢谢！");
                ticket.setString(6, "{}");
                ticket.setLong(7, author);
                ticket.setString(8, escalated ? "baotou-psb" : unit);
                setLong(ticket, 9, responded == null || state.equals("rejected") ? null : handler);
                ticket.setString(10, state);
                ticket.setTimestamp(11, Timestamp.from(created));
                ticket.setTimestamp(12, Timestamp.from(updated));
                setTime(ticket, 13, responded);
                setTime(ticket, 14, resolved);
                setTime(ticket, 15, closed);
                if (rating == null) {
                    ticket.setNull(16, Types.INTEGER);
                } else {
                    ticket.setInt(16, rating);
                }
                ticket.setString(17, rating == null ? null : rating >= 4 ? "处理及时，态度很好" : "还可以");
                setTime(ticket, 18, rating == null ? null : closed.plusSeconds(5));
                ticket.setString(19, state.equals("rejected") ? "不属于本单位职责范围，请向相关部门反映。" : null);
                ticket.setInt(20, version);
                ticket.setTimestamp(21, Timestamp.from(responseDue));
                ticket.setTimestamp(22, Timestamp.from(resolutionDue));
                ticket.setBoolean(23, board.id().equals("complaints"));
                setLong(ticket, 24, responded == null ? null : Duration.between(created, responded).toSeconds());
                setLong(ticket, 25, resolved == null ? null : Duration.between(created, resolved).toSeconds());
                ticket.setBoolean(26, board.id().equals("help") && random.nextInt(50) == 0);
                ticket.setInt(27, escalated ? 1 : 0);
                setTime(ticket, 28, escalated ? resolutionDue : null);
                ticket.addBatch();
                rows++;
                if (i % 1_000 == 999) {
                    executeInOrder(ticket, entry, escalation, follow, notification, dispatch);
                    db.commit();
                }
            }
            executeInOrder(ticket, entry, escalation, follow, notification, dispatch);
        }
    }

    /** Sends the pending rows, parents before children: the timeline and follows refer to the tickets. */
    private static void executeInOrder(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            if (statement != null) {
                statement.executeBatch();
            }
        }
    }

    /** Baotou's mix: most posts of the year are closed; the last fortnight's are still moving. */
    private String state(long ageDays) {
        int r = random.nextInt(100);
        if (ageDays > 14) {
            return r < 80 ? "closed" : r < 90 ? "resolved" : r < 95 ? "rejected" : r < 98 ? "in_progress" : "accepted";
        }
        return r < 15 ? "submitted" : r < 35 ? "accepted" : r < 55 ? "in_progress" : r < 75 ? "resolved"
                : r < 95 ? "closed" : "rejected";
    }

    private void entry(PreparedStatement entry, long id, long ticketId, String kind, String action, String from,
            String to, String body, long actor, String actorName, boolean staff, String unit, Instant at)
            throws SQLException {
        entry.setLong(1, id);
        entry.setLong(2, ticketId);
        entry.setString(3, kind);
        entry.setString(4, action);
        entry.setString(5, from);
        entry.setString(6, to);
        entry.setString(7, body);
        entry.setLong(8, actor);
        entry.setString(9, actorName);
        entry.setBoolean(10, staff);
        entry.setString(11, unit);
        entry.setTimestamp(12, Timestamp.from(at));
        entry.addBatch();
        rows++;
    }

    private void notification(PreparedStatement n, long id, long recipient, long ticketId, String kind, String message,
            Instant at, boolean read) throws SQLException {
        n.setLong(1, id);
        n.setLong(2, recipient);
        n.setLong(3, ticketId);
        n.setString(4, kind);
        n.setString(5, message);
        n.setTimestamp(6, Timestamp.from(at));
        setTime(n, 7, read ? at.plusSeconds(1_800) : null);
        n.addBatch();
        rows++;
    }

    /** 63 M visits a year as daily counters per board, and per unit for the views of its tickets. */
    void visits() throws SQLException {
        if (!hasTable("FQ_VISIT_DAY")) {
            System.out.println("(no FQ_VISIT_DAY table in this build: visits not loaded)");
            return;
        }
        long perDay = YEAR_VISITS * tickets / YEAR_TICKETS / 365;
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO FQ_VISIT_DAY (DAY_START, BOARD_ID, UNIT_CODE, VISITS) VALUES (?, ?, ?, ?)")) {
            for (LocalDate day = LocalDate.ofInstant(start, ZONE); day.isBefore(LocalDate.ofInstant(end, ZONE));
                    day = day.plusDays(1)) {
                for (BoardMix board : BOARDS) {
                    long boardVisits = (long) (perDay * board.share() * (0.7 + 0.6 * random.nextDouble()));
                    visitRow(insert, day, board.id(), "", boardVisits / 2);
                    if (board.unit().equals("*")) {
                        for (String precinct : precincts) {
                            visitRow(insert, day, board.id(), precinct, boardVisits / 2 / PRECINCTS);
                        }
                    } else {
                        visitRow(insert, day, board.id(), board.unit(), boardVisits / 2);
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private void visitRow(PreparedStatement insert, LocalDate day, String board, String unit, long visits)
            throws SQLException {
        insert.setDate(1, java.sql.Date.valueOf(day));
        insert.setString(2, board);
        insert.setString(3, unit);
        insert.setLong(4, visits);
        add(insert);
    }

    /** Citizens who joined, per hour, as the figures read them (identity's FQ_MEMBER_HOUR). */
    private final java.util.Map<Instant, Long> joined = new java.util.TreeMap<>();

    /**
     * Adds the generated citizens to the member counters, and queues the count of the stored tickets and visits
     * again: the distribution counts them at its next start (ticketing's task count-stats), as after an upgrade.
     */
    void counters() throws SQLException {
        if (!hasTable("FQ_MEMBER_HOUR")) {
            System.out.println("(no FQ_MEMBER_HOUR table in this build: member counters not loaded)");
        } else {
            try (PreparedStatement update = db.prepareStatement("UPDATE FQ_MEMBER_HOUR SET JOINED = JOINED + ?"
                    + " WHERE HOUR_START = ?");
                    PreparedStatement insert = db.prepareStatement("INSERT INTO FQ_MEMBER_HOUR (HOUR_START, JOINED)"
                            + " VALUES (?, ?)")) {
                for (java.util.Map.Entry<Instant, Long> hour : joined.entrySet()) {
                    update.setLong(1, hour.getValue());
                    update.setTimestamp(2, Timestamp.from(hour.getKey()));
                    if (update.executeUpdate() == 0) {
                        insert.setTimestamp(1, Timestamp.from(hour.getKey()));
                        insert.setLong(2, hour.getValue());
                        add(insert);
                    }
                }
                insert.executeBatch();
            }
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE FQ_MAINTENANCE_TASK SET DONE_AT = NULL, NOTE = 'queued again by bench/LoadYear'"
                    + " WHERE NAME = 'count-stats'");
        }
    }

    /** The query planner's statistics of the loaded tables, as after any bulk load. */
    void statistics() throws SQLException {
        db.commit();
        try (Statement s = db.createStatement()) {
            if (db.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("derby")) {
                for (String table : List.of("FQ_ACCOUNT", "FQ_TICKET", "FQ_TIMELINE_ENTRY", "FQ_FOLLOW")) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + db.getSchema() + "', '" + table + "', NULL)");
                }
            } else {
                s.execute("ANALYZE");
            }
        }
    }

    /** The rows came with their ids: the identity columns continue after them. */
    void restartIdentities() throws SQLException {
        for (String table : List.of("FQ_ACCOUNT", "FQ_TICKET", "FQ_TIMELINE_ENTRY", "FQ_NOTIFICATION", "FQ_DISPATCH")) {
            if (!hasTable(table)) {
                continue;
            }
            long next = nextId(table);
            try (Statement s = db.createStatement()) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN ID RESTART WITH " + next);
            } catch (SQLException notAnIdentity) {
                db.rollback();
                try (Statement s = db.createStatement()) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table.toLowerCase() + "', 'id'), " + (next - 1)
                            + ")");
                }
            }
        }
    }

    private void add(PreparedStatement insert) throws SQLException {
        insert.addBatch();
        rows++;
        if (rows % BATCH == 0) {
            insert.executeBatch();
        }
    }

    private long nextId(String table) throws SQLException {
        return count("SELECT COALESCE(MAX(ID), 0) + 1 FROM " + table);
    }

    private long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private boolean hasTable(String table) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        try (ResultSet r = meta.getTables(null, null, postgres ? table.toLowerCase() : table, null)) {
            return r.next();
        }
    }

    private String name() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private String phone() {
        return "1" + (30 + random.nextInt(60)) + String.format("%08d", random.nextInt(100_000_000));
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void setTime(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP);
        } else {
            s.setTimestamp(index, Timestamp.from(value));
        }
    }

    private static String[] cats(String words) {
        return words.split(" ");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 128 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
