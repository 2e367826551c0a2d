package org.fengqiao.board.approval.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.fengqiao.board.api.AllowedValue.of;

import java.util.List;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.osgi.service.component.annotations.Component;

/** Administrative approval (行政审批): the permits the police issue, asked about and tracked online. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + ApprovalBoard.ID)
public class ApprovalBoard extends SimpleBoard {

    static final String ID = "approval";

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.singleValue("applicant_type", "申请人类型", "Applicant", true,
                    of("individual", "个人", "Individual"), of("enterprise", "企业", "Enterprise"),
                    of("organisation", "社会组织", "Organisation")),
            IntakeField.string("enterprise_name", "单位名称", "Name of the enterprise", false),
            IntakeField.string("application_number", "受理编号", "Application number", false));

    private static final List<Category> CATEGORIES = List.of(
            Category.of("special_trade", "特种行业许可", "Special-trade permit", ofHours(24), ofDays(15),
                    IntakeField.singleValue("trade", "行业", "Trade", true, of("hotel", "旅馆业", "Hotel"),
                            of("seal_engraving", "公章刻制", "Seal engraving"), of("pawn", "典当业", "Pawnshop"))),
            Category.of("security_service", "保安服务许可", "Security-service permit", ofHours(24), ofDays(20)),
            Category.of("large_event", "大型群众性活动安全许可", "Safety permit for a large public event",
                    ofHours(12), ofDays(7),
                    IntakeField.number("expected_attendance", "预计人数", "Expected attendance", true),
                    IntakeField.datetime("event_start", "活动开始时间", "Start of the event", true),
                    IntakeField.string("venue", "活动地点", "Venue", true)),
            Category.of("fireworks", "烟花爆竹燃放许可", "Fireworks permit", ofHours(12), ofDays(5),
                    IntakeField.datetime("display_time", "燃放时间", "Time of the display", true)),
            Category.of("progress", "审批进度查询", "Progress of an application", ofHours(12), ofDays(2)));

    public ApprovalBoard() {
        super(ID, LocalizedText.of("行政审批", "Administrative approval"),
                LocalizedText.of("特种行业、保安服务、大型活动、烟花燃放等公安行政许可的咨询与进度查询",
                "Questions and progress of police permits: special trades, security services, large events, fireworks"),
                CATEGORIES, FIELDS);
    }
}
