package org.fengqiao.board.traffic.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.fengqiao.board.api.AllowedValue.of;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.fengqiao.board.api.Submission;
import org.fengqiao.platform.api.Problem;
import org.osgi.service.component.annotations.Component;

/** Traffic police (交警): licences, vehicle registration, violations, road and signal problems, accidents. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + TrafficBoard.ID)
public class TrafficBoard extends SimpleBoard {

    static final String ID = "traffic";

    /** Mainland plate: province, issuing-office letter, 5 characters (6 for new-energy vehicles). */
    static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]");

    private static IntakeField plate(boolean required) {
        return IntakeField.string("plate_number", "车牌号码", "Plate number", required);
    }

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.singleValue("contact_time", "方便联系时段", "Best time to call back", false,
                    of("morning", "上午", "Morning"), of("afternoon", "下午", "Afternoon"),
                    of("evening", "晚上", "Evening"), of("any", "任意", "Any time")));

    private static final List<Category> CATEGORIES = List.of(
            Category.of("driving_licence", "驾驶证业务", "Driving licence", ofHours(24), ofDays(7),
                    IntakeField.singleValue("licence_request", "办理事项", "Request", true,
                            of("renewal", "期满换证", "Renewal"), of("replacement", "遗失补证", "Replacement"),
                            of("points_query", "记分查询", "Penalty points"),
                            of("class_upgrade", "增驾", "Additional class"))),
            Category.of("vehicle_registration", "机动车登记", "Vehicle registration", ofHours(24), ofDays(7),
                    plate(true),
                    IntakeField.singleValue("registration_kind", "登记类型", "Kind of registration", true,
                            of("new", "注册登记", "New vehicle"), of("transfer", "转移登记", "Change of owner"),
                            of("change", "变更登记", "Change of particulars"),
                            of("deregistration", "注销登记", "Deregistration"))),
            Category.of("violation", "交通违法处理", "Traffic violation", ofHours(24), ofDays(10),
                    plate(true),
                    IntakeField.datetime("violation_time", "违法时间", "Time of the violation", true),
                    IntakeField.string("violation_location", "违法地点", "Place of the violation", true)),
            Category.of("road_problem", "道路与信号灯问题", "Road and traffic-signal problem", ofHours(12),
                    ofDays(5),
                    IntakeField.string("location", "地点", "Location", true),
                    IntakeField.singleValue("problem_kind", "问题类型", "Kind of problem", true,
                            of("signal_fault", "信号灯故障", "Traffic signal fault"),
                            of("signage_missing", "标志标线缺失", "Missing signs or markings"),
                            of("road_damage", "路面损坏", "Road damage"), of("congestion", "拥堵", "Congestion"),
                            of("parking_chaos", "乱停乱放", "Illegal parking"))),
            Category.of("accident", "事故处理咨询", "Accident handling", ofHours(24), ofDays(10),
                    plate(false),
                    IntakeField.datetime("accident_time", "事故时间", "Time of the accident", true)));

    public TrafficBoard() {
        super(ID, LocalizedText.of("交警服务", "Traffic police"),
                LocalizedText.of("驾驶证、机动车登记、交通违法、道路与信号灯问题、事故处理",
                "Driving licences, vehicle registration, violations, road and signal problems, accidents"),
                CATEGORIES, FIELDS);
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        if (submission.text("plate_number").filter(p -> !PLATE.matcher(p.toUpperCase()).matches()).isPresent()) {
            problems.add(new Problem("fields.plate_number", "invalid_plate",
                    "not a mainland plate number such as 蒙B12345"));
        }
        problems.addAll(submission.notInFuture("violation_time", "accident_time"));
        return problems;
    }
}
