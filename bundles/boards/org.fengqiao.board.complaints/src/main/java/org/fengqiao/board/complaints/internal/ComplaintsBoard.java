package org.fengqiao.board.complaints.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;

import java.util.List;
import java.util.Set;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.fengqiao.board.api.Submission;
import org.fengqiao.platform.api.Problem;
import org.osgi.service.component.annotations.Component;

/**
 * Complaints about named staff (投诉监督): bribes, unfair enforcement, inaction, bad attitude. Every category is a
 * complaint: it goes to the supervision unit, never to the named person, and its handling is public.
 */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + ComplaintsBoard.ID)
public class ComplaintsBoard extends SimpleBoard {

    static final String ID = "complaints";

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.datetime("incident_time", "发生时间", "When it happened", true),
            IntakeField.string("incident_place", "发生地点", "Where it happened", true),
            IntakeField.text("witnesses", "证人或证据", "Witnesses or evidence", false));

    private static final List<Category> CATEGORIES = List.of(
            Category.of("bribery", "索贿受贿", "Bribery", ofHours(24), ofDays(30)),
            Category.of("unfair_enforcement", "执法不公", "Unfair enforcement", ofHours(24), ofDays(30)),
            Category.of("inaction", "不作为、慢作为", "Inaction", ofHours(24), ofDays(15)),
            Category.of("bad_attitude", "态度恶劣", "Bad attitude", ofHours(24), ofDays(10)));

    private static final Set<String> ALL = Set.of("bribery", "unfair_enforcement", "inaction", "bad_attitude");

    /** Supervisors (discipline inspection) handle complaints and answer with their role shown. */

    public ComplaintsBoard() {
        super(ID, LocalizedText.of("投诉监督", "Complaints about staff"),
                LocalizedText.of("对民警、工作人员的投诉由督察部门受理，被投诉人无法查看处理权限，处理过程公开",
                "Complaints about named staff go to the supervision unit, never to the person named; handling is public"),
                CATEGORIES, FIELDS);
    }

    @Override
    public Set<String> answeringRoles() {
        return Set.of("supervisor");
    }

    @Override
    public Set<String> complaintCategories() {
        return ALL;
    }

    @Override
    public List<Problem> validate(Submission submission) {
        return submission.notInFuture("incident_time");
    }
}
