package org.fengqiao.publishing.internal;

import java.util.List;

import org.fengqiao.identity.api.Account;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.publishing.api.ArticleKind;

/**
 * Who may publish and read what (P2, P10): staff publish; a call for clues takes answers, which are confidential
 * like tip-offs: police staff read them all, anyone else only their own.
 */
final class ArticleRules {

    static final int MAX_TITLE = 200;
    static final int MAX_ARTICLE = 20_000;
    static final int MAX_REPLY = 4000;
    private static final String KINDS = "notice, policy, law_popularisation, crime_warning, wanted_notice,"
            + " call_for_clues";

    private ArticleRules() {
    }

    static void checkPublish(Account author, ArticleKind kind, String title, String body) {
        if (author == null || !author.isStaff()) {
            throw FengqiaoException.forbidden("only staff publish");
        }
        Problems problems = new Problems().text("title", title, true, MAX_TITLE).text("body", body, true, MAX_ARTICLE);
        if (kind == null) {
            problems.add("kind", "required", "kind is one of " + KINDS);
        }
        problems.throwIfAny();
    }

    static void checkReply(ArticleKind articleKind, String body) {
        new Problems().text("body", body, true, MAX_REPLY).throwIfAny();
        if (articleKind != ArticleKind.CALL_FOR_CLUES) {
            throw new FengqiaoException(ErrorKind.CONFLICT, "not_a_call_for_clues",
                    "only a call for clues takes answers");
        }
    }

    /** Whether {@code viewer} reads every answer to a call for clues, not only their own. */
    static boolean readsAllReplies(Account viewer) {
        return viewer.isPolice();
    }

    /** A kind from its code; {@code null} when none is given and none is required. */
    static ArticleKind kind(String code, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                throw FengqiaoException.invalid(List.of(new Problem("kind", "required", "kind is required")));
            }
            return null;
        }
        return ArticleKind.fromCode(code).orElseThrow(() -> FengqiaoException.invalid(List.of(new Problem("kind",
                "not_allowed", "'" + code + "' is not one of " + KINDS))));
    }
}
