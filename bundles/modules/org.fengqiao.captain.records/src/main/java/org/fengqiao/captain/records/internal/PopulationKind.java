package org.fengqiao.captain.records.internal;

import static org.fengqiao.board.api.AllowedValue.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.captain.api.FieldRecord;
import org.fengqiao.captain.api.FieldRecordKind;
import org.fengqiao.captain.api.PopulationChange;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.ResidentIdNumber;
import org.osgi.service.component.annotations.Component;

/** Registration of the actual population (实有人口登记) at a door: someone moved in, or out. */
@Component(service = FieldRecordKind.class, property = FieldRecordKind.CODE_PROPERTY + "=" + PopulationKind.CODE)
public class PopulationKind implements FieldRecordKind {

    static final String CODE = "population";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("实有人口登记", "Actual population");
    }

    @Override
    public List<IntakeField> fields() {
        return List.of(IntakeField.singleValue("action", "变动", "Change", true,
                of("move_in", "迁入/登记", "Moved in or registered"), of("move_out", "迁出", "Moved out")),
                IntakeField.string("id_number", "身份证号码", "ID card number", true),
                IntakeField.string("name", "姓名", "Name", false),
                IntakeField.string("phone", "联系电话", "Phone", false),
                IntakeField.singleValue("person_kind", "人员类别", "Kind of resident", false,
                        of("resident", "户籍人口", "Registered resident"), of("tenant", "租住人员", "Tenant"),
                        of("floating", "流动人口", "Floating population")),
                IntakeField.singleValue("registered", "已办理居住登记", "Residence registered", false,
                        of("yes", "是", "Yes"), of("no", "否", "No")),
                IntakeField.singleValue("housing", "房屋性质", "Housing", false,
                        of("owner_occupied", "自住", "Owner-occupied"), of("rented", "出租", "Rented"),
                        of("vacant", "空置", "Vacant")));
    }

    @Override
    public List<Problem> validate(Map<String, Object> data) {
        List<Problem> problems = new ArrayList<>();
        if (!ResidentIdNumber.isValid(data.get("id_number").toString())) {
            problems.add(new Problem("data.id_number", "invalid_id_number",
                    "the ID card number's check digit or birth date is wrong"));
        }
        if ("move_in".equals(data.get("action"))) {
            for (String required : List.of("name", "person_kind", "registered")) {
                if (!data.containsKey(required)) {
                    problems.add(new Problem("data." + required, "required", required + " is required when someone"
                            + " moves in"));
                }
            }
        }
        return problems;
    }

    @Override
    public List<PopulationChange> population(FieldRecord record) {
        boolean in = "move_in".equals(record.text("action"));
        return List.of(new PopulationChange(in ? PopulationChange.Action.MOVE_IN : PopulationChange.Action.MOVE_OUT,
                record.addressCode(), record.text("id_number"), record.text("name"), record.text("phone"),
                in ? record.text("person_kind") : "resident", "yes".equals(record.text("registered")),
                record.text("housing")));
    }

    @Override
    public int points() {
        return 2;
    }
}
