package org.fengqiao.board.exitentry.internal;

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

/** Exit and entry administration (出入境): passports, permits, visas and foreigners' registration. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + ExitEntryBoard.ID)
public class ExitEntryBoard extends SimpleBoard {

    static final String ID = "exitentry";

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.singleValue("urgency", "紧急程度", "Urgency", true,
                    of("normal", "一般", "Normal"), of("urgent_travel", "急需出行", "Urgent travel")),
            IntakeField.datetime("travel_date", "计划出行日期", "Planned travel date", false));

    private static final List<Category> CATEGORIES = List.of(
            Category.of("passport", "普通护照", "Passport", ofHours(24), ofDays(7),
                    IntakeField.singleValue("passport_request", "办理事项", "Request", true,
                            of("first", "首次申领", "First application"), of("renewal", "换发", "Renewal"),
                            of("lost", "补发", "Replacement"))),
            Category.of("hk_macao_permit", "往来港澳通行证", "Hong Kong and Macao permit", ofHours(24), ofDays(7)),
            Category.of("taiwan_permit", "往来台湾通行证", "Taiwan permit", ofHours(24), ofDays(10)),
            Category.of("foreigner_visa", "外国人签证证件", "Foreigners' visas and residence permits", ofHours(24),
                    ofDays(7),
                    IntakeField.string("nationality", "国籍", "Nationality", true)),
            Category.of("foreigner_lodging", "境外人员住宿登记", "Registration of foreign guests", ofHours(12),
                    ofDays(2)));

    public ExitEntryBoard() {
        super(ID, LocalizedText.of("出入境", "Exit and entry"),
                LocalizedText.of("护照、港澳台通行证、外国人签证与住宿登记的咨询与办理",
                "Passports, Hong Kong, Macao and Taiwan permits, foreigners' visas and registration"),
                CATEGORIES, FIELDS);
    }
}
