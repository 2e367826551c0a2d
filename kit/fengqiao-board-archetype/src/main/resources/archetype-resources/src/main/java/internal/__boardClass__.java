package ${package}.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.board.api.AllowedValue;
import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.fengqiao.board.api.Submission;
import org.fengqiao.platform.api.Problem;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * The ${boardId} board. The platform stores, checks, routes and serves its posts; this class only says what a post
 * on it is. Its routing and deadline defaults are in src/main/feature/feature.xml (configuration {@code ${package}}).
 */
@Component(service = Board.class, configurationPid = "${package}",
        property = Board.ID_PROPERTY + "=" + ${boardClass}.ID)
public class ${boardClass} extends SimpleBoard {

    /** Stable: stored on every post. 2-40 of a-z, 0-9 and _, a letter first. */
    static final String ID = "${boardId}";

    /** Asked on every post of the board. */
    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.datetime("happened_at", "发生时间", "When it happened", false));

    /** Add categories freely; never rename or remove one that has posts. */
    private static final List<Category> CATEGORIES = List.of(
            Category.of("general", "一般事项", "General", Duration.ofHours(24), Duration.ofDays(7),
                    IntakeField.string("location", "地点", "Where", true),
                    IntakeField.singleValue("urgency", "紧急程度", "Urgency", false,
                            AllowedValue.of("normal", "一般", "Normal"), AllowedValue.of("urgent", "紧急", "Urgent"))));

    public ${boardClass}() {
        super(ID, LocalizedText.of("${boardNameZh}", "${boardNameEn}"),
                LocalizedText.of("${boardNameZh}", "${boardNameEn}"), CATEGORIES, FIELDS);
    }

    /**
     * The city changed etc/${package}.cfg: the platform reads the new settings from this service's properties, and
     * the board stays registered meanwhile (without this method the component would restart, and the board leave for
     * a moment).
     */
    @Modified
    void settingsChanged() {
    }

    /**
     * The board's rules beyond the field types, which the platform has checked already. A problem's code finds its
     * message in src/main/resources/OSGI-INF/l10n/problems_zh|_en.properties, or among the platform's codes.
     */
    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>(submission.notInFuture("happened_at"));
        if (submission.text("urgency").filter("urgent"::equals).isPresent()
                && submission.text("happened_at").isEmpty()) {
            problems.add(new Problem("fields.happened_at", "needed_when_urgent", "say when it happened"));
        }
        return problems;
    }
}
