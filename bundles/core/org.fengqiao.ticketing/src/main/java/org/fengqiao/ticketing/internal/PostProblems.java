package org.fengqiao.ticketing.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BiFunction;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Messages;
import org.fengqiao.platform.api.Problem;

/**
 * A refused post's problems in Chinese and English: the board plugin's own messages first
 * ({@value Messages#PLUGIN_BASE}_zh|_en.properties in its bundle), then the platform's; a field is named by its label.
 */
final class PostProblems {

    private static final Map<String, LocalizedText> POST_FIELDS = Map.of(
            "title", LocalizedText.of("标题", "Title"),
            "body", LocalizedText.of("内容", "Details"),
            "category", LocalizedText.of("类别", "Category"),
            "addresseeId", LocalizedText.of("工作人员", "Staff member"));

    /** Read once per board plugin instance; forgotten with it. */
    private static final Map<Board, Messages> PLUGIN_MESSAGES = Collections.synchronizedMap(new WeakHashMap<>());

    private PostProblems() {
    }

    static FengqiaoException refused(Board board, List<IntakeField> fields, List<Problem> problems) {
        BiFunction<String, String, String> label = (field, language) -> label(fields, field, language);
        Messages plugin = PLUGIN_MESSAGES.computeIfAbsent(board,
                b -> Messages.of(b.getClass().getClassLoader(), Messages.PLUGIN_BASE));
        return FengqiaoException.invalid(Messages.platform().localize(plugin.localize(problems, label), label));
    }

    static String label(List<IntakeField> fields, String field, String language) {
        LocalizedText text = POST_FIELDS.get(field);
        if (text == null && field.startsWith("fields.")) {
            String code = field.substring("fields.".length());
            text = fields.stream().filter(f -> f.code().equals(code)).map(IntakeField::label).findFirst().orElse(null);
        }
        return text == null ? field : "zh".equals(language) ? text.zh() : text.en();
    }
}
