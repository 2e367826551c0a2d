package org.fengqiao.captain.records.internal;

import static org.fengqiao.board.api.AllowedValue.of;

import java.util.List;

import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.captain.api.FieldRecordKind;
import org.osgi.service.component.annotations.Component;

/**
 * A household visit (入户走访). Its steps — the "nine steps" and the captain's five roles — come from the city's
 * workflow configuration ({@code workflow.visit}).
 */
@Component(service = FieldRecordKind.class, property = FieldRecordKind.CODE_PROPERTY + "=" + VisitKind.CODE)
public class VisitKind implements FieldRecordKind {

    static final String CODE = "visit";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("入户走访", "Household visit");
    }

    @Override
    public List<IntakeField> fields() {
        return List.of(IntakeField.singleValue("outcome", "走访结果", "Outcome", true,
                of("met", "见到住户", "Met the household"), of("absent", "无人在家", "Nobody at home"),
                of("refused", "拒绝走访", "Refused the visit")),
                IntakeField.number("people_met", "见到人数", "People met", false),
                IntakeField.text("notes", "走访记录", "Notes", false));
    }

    @Override
    public int points() {
        return 3;
    }
}
