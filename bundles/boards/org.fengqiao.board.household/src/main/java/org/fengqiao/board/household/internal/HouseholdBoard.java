package org.fengqiao.board.household.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.fengqiao.board.api.AllowedValue.of;

import java.util.ArrayList;
import java.util.List;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.fengqiao.board.api.Submission;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.ResidentIdNumber;
import org.osgi.service.component.annotations.Component;

/** Household registration (户政): residence transfer, births, ID cards, record corrections, residence permits. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + HouseholdBoard.ID)
public class HouseholdBoard extends SimpleBoard {

    static final String ID = "household";

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.string("id_number", "身份证号码", "ID card number", false),
            IntakeField.singleValue("applicant_relation", "申请人与当事人关系", "Applicant's relation to the person",
                    true, of("self", "本人", "Self"), of("parent", "父母", "Parent"), of("child", "子女", "Child"),
                    of("spouse", "配偶", "Spouse"), of("other", "其他", "Other")));

    private static final List<Category> CATEGORIES = List.of(
            Category.of("residence_transfer", "户口迁移", "Residence transfer", ofHours(24), ofDays(10),
                    IntakeField.singleValue("transfer_direction", "迁移类型", "Kind of transfer", true,
                            of("move_in", "迁入", "Moving in"), of("move_out", "迁出", "Moving out"),
                            of("within_city", "市内迁移", "Within the city")),
                    IntakeField.string("from_region", "迁出地", "Moving from", false)),
            Category.of("birth_registration", "出生登记", "Birth registration", ofHours(24), ofDays(5),
                    IntakeField.datetime("birth_date", "出生时间", "Date and time of birth", true),
                    IntakeField.singleValue("birth_place", "出生地点", "Place of birth", true,
                            of("hospital", "医院", "Hospital"), of("home", "家中", "At home"),
                            of("abroad", "境外", "Abroad"))),
            Category.of("id_card", "居民身份证", "Resident ID card", ofHours(24), ofDays(15),
                    IntakeField.singleValue("card_request", "办理事项", "Request", true,
                            of("first_application", "首次申领", "First application"),
                            of("renewal", "到期换领", "Renewal on expiry"),
                            of("replacement_lost", "丢失补领", "Replacement of a lost card"),
                            of("replacement_damaged", "损坏换领", "Replacement of a damaged card"))),
            Category.of("record_correction", "户籍信息更正", "Correction of a household record", ofHours(24),
                    ofDays(20),
                    IntakeField.multiValue("correct_items", "更正项目", "Items to correct", true,
                            of("name", "姓名", "Name"), of("birth_date", "出生日期", "Date of birth"),
                            of("ethnicity", "民族", "Ethnicity"), of("gender", "性别", "Gender"),
                            of("address", "住址", "Address"))),
            Category.of("residence_permit", "居住证", "Residence permit", ofHours(24), ofDays(10)),
            Category.of("general", "其他户政咨询", "Other household questions", ofHours(24), ofDays(3)));

    public HouseholdBoard() {
        super(ID, LocalizedText.of("户政服务", "Household registration"),
                LocalizedText.of("户口迁移、出生登记、身份证、户籍更正、居住证等户政业务的咨询与办理",
                "Residence transfers, birth registration, ID cards, record corrections and residence permits"),
                CATEGORIES, FIELDS);
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        if (submission.text("id_number").filter(id -> !ResidentIdNumber.isValid(id)).isPresent()) {
            problems.add(new Problem("fields.id_number", "invalid_id_number",
                    "not a valid 18-character resident ID card number (wrong length, date or check digit)"));
        }
        problems.addAll(submission.notInFuture("birth_date"));
        return problems;
    }
}
