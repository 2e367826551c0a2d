package org.fengqiao.captain.records.internal;

import static org.fengqiao.board.api.AllowedValue.of;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.captain.api.FieldRecord;
import org.fengqiao.captain.api.FieldRecordKind;
import org.fengqiao.captain.api.RecordTicket;
import org.osgi.service.component.annotations.Component;

/** A clue (线索): gangs, drugs, pyramid schemes … becomes a confidential tip-off. */
@Component(service = FieldRecordKind.class, property = FieldRecordKind.CODE_PROPERTY + "=" + ClueKind.CODE)
public class ClueKind implements FieldRecordKind {

    static final String CODE = "clue";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("违法犯罪线索", "Clue");
    }

    @Override
    public boolean addressRequired() {
        return false;
    }

    @Override
    public List<IntakeField> fields() {
        return List.of(IntakeField.singleValue("category", "线索类别", "Kind of clue", true,
                of("gang_crime", "涉黑涉恶", "Gangs and organised crime"), of("drugs", "涉毒", "Drugs"),
                of("pyramid_scheme", "传销", "Pyramid scheme"), of("gambling", "赌博", "Gambling"),
                of("fraud", "诈骗", "Fraud"), of("public_order", "治安隐患", "Threat to public order")),
                IntakeField.text("description", "线索内容", "What was learnt", true),
                IntakeField.string("location", "地点", "Where", false),
                IntakeField.text("suspects", "涉嫌人员或车辆特征", "Suspects or vehicles", false));
    }

    @Override
    public Optional<RecordTicket> ticket(FieldRecord record) {
        String where = record.text("location") != null ? HazardKind.where(record)
                : record.addressName() != null ? record.addressName() : "楼长走访中获得";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("location", where);
        if (record.text("suspects") != null) {
            fields.put("suspects", record.text("suspects"));
        }
        return Optional.of(new RecordTicket("tipoff", record.text("category"), "楼长收集线索",
                record.text("description"), fields));
    }

    @Override
    public int points() {
        return 5;
    }
}
