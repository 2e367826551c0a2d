package org.fengqiao.board.legal.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.fengqiao.board.api.AllowedValue.of;

import java.util.List;
import java.util.Set;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.osgi.service.component.annotations.Component;

/** Legal questions (法律咨询), answered by lawyers who carry their role as a badge. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + LegalBoard.ID)
public class LegalBoard extends SimpleBoard {

    static final String ID = "legal";

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.number("amount_in_dispute", "涉及金额（元）", "Amount in dispute (yuan)", false),
            IntakeField.singleValue("stage", "所处阶段", "Stage", true,
                    of("consulting", "仅咨询", "Just asking"), of("negotiating", "协商中", "Negotiating"),
                    of("mediation", "调解中", "In mediation"), of("litigation", "已诉讼", "In court")));

    private static final List<Category> CATEGORIES = List.of(
            Category.of("labour", "劳动纠纷", "Labour disputes", ofHours(24), ofDays(5),
                    IntakeField.singleValue("issue", "问题", "Issue", true, of("unpaid_wages", "拖欠工资", "Unpaid wages"),
                            of("dismissal", "辞退", "Dismissal"), of("injury", "工伤", "Work injury"),
                            of("social_insurance", "社保", "Social insurance"))),
            Category.of("family", "婚姻家庭", "Marriage and family", ofHours(24), ofDays(5)),
            Category.of("housing", "房产物业", "Housing and property management", ofHours(24), ofDays(5)),
            Category.of("contract_debt", "合同借贷", "Contracts and debts", ofHours(24), ofDays(5)),
            Category.of("traffic_compensation", "交通事故赔偿", "Traffic accident compensation", ofHours(24),
                    ofDays(5)),
            Category.of("criminal", "刑事法律", "Criminal law", ofHours(24), ofDays(5)));

    public LegalBoard() {
        super(ID, LocalizedText.of("法律咨询", "Legal questions"),
                LocalizedText.of("执业律师在线解答劳动、婚姻家庭、房产、合同借贷等法律问题",
                "Practising lawyers answer questions on labour, family, housing, contracts and more"),
                CATEGORIES, FIELDS);
    }

    @Override
    public Set<String> answeringRoles() {
        return Set.of("lawyer");
    }

}
