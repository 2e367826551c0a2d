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

/** A fire-safety hazard inspection (消防安全隐患排查): every hazard becomes a ticket on the fire-safety board. */
@Component(service = FieldRecordKind.class, property = FieldRecordKind.CODE_PROPERTY + "=" + HazardKind.CODE)
public class HazardKind implements FieldRecordKind {

    static final String CODE = "hazard";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("消防隐患排查", "Fire hazard inspection");
    }

    @Override
    public List<IntakeField> fields() {
        return List.of(IntakeField.singleValue("severity", "严重程度", "Severity", true,
                of("minor", "一般", "Minor"), of("major", "较大", "Major"), of("severe", "严重", "Severe")),
                IntakeField.multiValue("hazards", "隐患类型", "Hazards", true,
                        of("blocked_exit", "堵塞安全出口", "Blocked exit"),
                        of("blocked_lane", "占用消防通道", "Blocked fire lane"),
                        of("no_extinguisher", "灭火器缺失", "Missing extinguishers"),
                        of("illegal_wiring", "私拉乱接电线", "Illegal wiring"),
                        of("ebike_indoors", "电动车楼道充电", "E-bikes charged indoors"),
                        of("flammables", "违规存放易燃物", "Stored flammables")),
                IntakeField.text("description", "隐患描述", "Description", true),
                IntakeField.string("location", "具体位置", "Where in the building", true));
    }

    @Override
    public Optional<RecordTicket> ticket(FieldRecord record) {
        String severity = switch (record.text("severity")) {
            case "severe" -> "严重";
            case "major" -> "较大";
            default -> "一般";
        };
        return Optional.of(new RecordTicket("firesafety", "hazard", "楼长排查发现" + severity + "火灾隐患",
                record.text("description"), Map.of("location", where(record), "hazards", record.data().get("hazards"))));
    }

    static String where(FieldRecord record) {
        String at = record.addressName() == null ? "" : record.addressName() + " ";
        return (at + record.text("location")).strip();
    }

    @Override
    public int points() {
        return 3;
    }
}
