package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import org.fengqiao.platform.api.Problem;
import org.junit.jupiter.api.Test;

class EntryRulesTest {

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aTitleIsRequiredShortEnoughAndNotTakenYet() {
        assertEquals(List.of("title:required"), codes(EntryRules.check(" ", null, 10, false)));
        assertEquals(List.of("title:too_long"), codes(EntryRules.check("x".repeat(11), null, 10, false)));
        assertEquals(List.of("title:title_taken"), codes(EntryRules.check("Open hours", null, 10, true)));
        assertTrue(EntryRules.check("Open hours", "9-17", 10, false).isEmpty());
    }

    @Test
    void theModulesOwnCodesHaveMessagesInBothLanguages() throws Exception {
        for (String language : List.of("zh", "en")) {
            Properties messages = new Properties();
            try (var in = getClass().getResourceAsStream("/OSGI-INF/l10n/problems_" + language + ".properties")) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertTrue(messages.containsKey("problem.title_taken"), language);
        }
    }
}
