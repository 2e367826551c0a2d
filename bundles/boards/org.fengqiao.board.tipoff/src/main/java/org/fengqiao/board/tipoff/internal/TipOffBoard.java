package org.fengqiao.board.tipoff.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.fengqiao.board.api.AllowedValue.of;

import java.util.List;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.fengqiao.board.api.Submission;
import org.fengqiao.board.api.Visibility;
import org.fengqiao.platform.api.Problem;
import org.osgi.service.component.annotations.Component;

/** Tip-offs (随手举报): clues about crimes, confidential to the author and police staff. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + TipOffBoard.ID)
public class TipOffBoard extends SimpleBoard {

    static final String ID = "tipoff";

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.string("location", "地点", "Where", true),
            IntakeField.datetime("observed_at", "发现时间", "When it was seen", false),
            IntakeField.text("suspects", "涉嫌人员或车辆特征", "Description of suspects or vehicles", false),
            IntakeField.multiValue("evidence", "可提供的证据", "Evidence you can give", false,
                    of("photo", "照片", "Photos"), of("video", "视频", "Video"), of("audio", "录音", "Audio"),
                    of("document", "书证", "Documents"), of("witness", "证人", "Witnesses")));

    private static final List<Category> CATEGORIES = List.of(
            Category.of("gang_crime", "涉黑涉恶", "Gangs and organised crime", ofHours(2), ofDays(15)),
            Category.of("drugs", "涉毒线索", "Drug crime", ofHours(2), ofDays(15)),
            Category.of("fraud", "电信网络诈骗", "Telecom and online fraud", ofHours(1), ofDays(10)),
            Category.of("gambling", "赌博", "Gambling", ofHours(4), ofDays(10)),
            Category.of("pyramid_scheme", "传销", "Pyramid schemes", ofHours(4), ofDays(15)),
            Category.of("public_order", "治安隐患", "Threats to public order", ofHours(2), ofDays(5)));

    public TipOffBoard() {
        super(ID, LocalizedText.of("随手举报", "Tip-offs"),
                LocalizedText.of("举报违法犯罪线索，内容仅举报人与公安民警可见，严格保密",
                "Report clues about crimes; only you and police staff can read your report"),
                CATEGORIES, FIELDS);
    }

    @Override
    public Visibility visibility() {
        return Visibility.CONFIDENTIAL;
    }

    @Override
    public List<Problem> validate(Submission submission) {
        return submission.notInFuture("observed_at");
    }
}
