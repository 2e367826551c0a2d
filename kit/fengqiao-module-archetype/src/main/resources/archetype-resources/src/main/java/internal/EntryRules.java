package ${package}.internal;

import java.util.List;

import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;

/**
 * What a new entry must be. Problem codes find their messages in OSGI-INF/l10n/problems_zh|_en.properties, or among
 * the platform's codes ({@code required}, {@code too_long}, ...).
 */
final class EntryRules {

    private EntryRules() {
    }

    /** @param taken whether an entry of that title exists already */
    static List<Problem> check(String title, String body, int titleMaxLength, boolean taken) {
        Problems problems = new Problems();
        problems.text("title", title, true, titleMaxLength);
        problems.text("body", body, false, 4000);
        if (problems.isEmpty() && taken) {
            problems.add("title", "title_taken", "an entry of this title exists already");
        }
        return problems.list();
    }
}
