package org.fengqiao.board.notices.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;

import java.util.List;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.osgi.service.component.annotations.Component;

/** Notices and law popularisation (通知公告/普法): citizens' questions about notices and the law. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + NoticesBoard.ID)
public class NoticesBoard extends SimpleBoard {

    static final String ID = "notices";

    private static final List<Category> CATEGORIES = List.of(
            Category.of("notice_question", "通知公告咨询", "Questions about a notice", ofHours(24), ofDays(3),
                    IntakeField.string("notice_title", "相关通知", "Which notice", false)),
            Category.of("law_question", "普法问答", "Questions about the law", ofHours(24), ofDays(5)),
            Category.of("feedback", "意见反馈", "Feedback", ofDays(2), ofDays(10)));

    public NoticesBoard() {
        super(ID, LocalizedText.of("通知公告与普法", "Notices and law"),
                LocalizedText.of("通知公告、政策解读与普法问答", "Notices, policies explained and questions about the law"),
                CATEGORIES, List.of());
    }
}
