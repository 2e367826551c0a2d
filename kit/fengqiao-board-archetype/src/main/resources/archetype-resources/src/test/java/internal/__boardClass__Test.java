package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.fengqiao.board.api.Category;
import org.fengqiao.platform.api.Problem;
import org.junit.jupiter.api.Test;

class ${boardClass}Test {

    private final ${boardClass} board = new ${boardClass}();

    private static Map<String, Object> happenedAt(LocalDateTime at) {
        return Map.of("happened_at", at.withNano(0).toString(), "location", "3栋");
    }

    @Test
    void aTimeAheadIsRefusedAtItsField() {
        List<Problem> problems = board.validate(new org.fengqiao.board.api.Submission(board.id(), "general", "t", "b",
                happenedAt(LocalDateTime.now().plusDays(2)), 1));
        assertEquals(List.of("fields.happened_at"), problems.stream().map(Problem::field).toList());
        assertTrue(board.validate(new org.fengqiao.board.api.Submission(board.id(), "general", "t", "b",
                happenedAt(LocalDateTime.now().minusHours(3)), 1)).isEmpty());
    }

    @Test
    void anUrgentPostSaysWhenItHappened() {
        List<Problem> problems = board.validate(new org.fengqiao.board.api.Submission(board.id(), "general", "t", "b",
                Map.of("location", "3栋", "urgency", "urgent"), 1));
        assertEquals(List.of("needed_when_urgent"), problems.stream().map(Problem::code).toList());
    }

    @Test
    void everyCodeHasItsMessageInBothLanguages() throws Exception {
        for (String language : List.of("zh", "en")) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/OSGI-INF/l10n/problems_" + language + ".properties")) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertTrue(messages.containsKey("problem.needed_when_urgent"), language);
        }
    }

    @Test
    void idsFollowThePlatformsRule() {
        String code = "[a-z][a-z0-9_]{1,39}";
        assertTrue(board.id().matches(code), board.id());
        for (Category category : board.categories()) {
            assertTrue(category.code().matches(code), category.code());
        }
    }
}
