package org.fengqiao.captain.records.internal;

import static org.fengqiao.board.api.AllowedValue.of;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.captain.api.FieldRecord;
import org.fengqiao.captain.api.FieldRecordKind;
import org.fengqiao.captain.api.RecordTicket;
import org.osgi.service.component.annotations.Component;

/**
 * A resident's opinion (群众意见) the captain took down: a livelihood matter becomes a post on the livelihood board
 * (dispatched to the department that owns it), a suggestion a post to the people's deputies.
 */
@Component(service = FieldRecordKind.class, property = FieldRecordKind.CODE_PROPERTY + "=" + OpinionKind.CODE)
public class OpinionKind implements FieldRecordKind {

    static final String CODE = "opinion";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("群众意见", "Resident's opinion");
    }

    @Override
    public List<IntakeField> fields() {
        return List.of(IntakeField.singleValue("topic", "事项", "Topic", true,
                of("noise", "噪音扰民", "Noise"), of("housing", "老旧小区与物业", "Housing and property management"),
                of("water_supply", "供水", "Water supply"), of("heating", "供暖", "Heating"),
                of("medical", "医疗卫生", "Medical care"), of("illegal_building", "违章建筑", "Illegal building"),
                of("other", "其他民生问题", "Other livelihood matter"), of("suggestion", "意见建议", "Suggestion")),
                IntakeField.string("title", "标题", "Title", true),
                IntakeField.text("text", "意见内容", "The opinion", true));
    }

    @Override
    public Optional<RecordTicket> ticket(FieldRecord record) {
        String topic = record.text("topic");
        if ("suggestion".equals(topic)) {
            return Optional.of(new RecordTicket("deputies", "suggestion", record.text("title"), record.text("text"),
                    Map.of("scope", "community")));
        }
        return Optional.of(new RecordTicket("livelihood", topic, record.text("title"), record.text("text"),
                Map.of("address", record.addressName() == null ? "" : record.addressName())));
    }
}
