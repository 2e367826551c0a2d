package org.fengqiao.publishing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.publishing.api.ArticleKind;
import org.junit.jupiter.api.Test;

class ArticleRulesTest {

    private static final Account CITIZEN = new Account(1, "li", "小李", null, Set.of(Role.CITIZEN), null,
            Instant.EPOCH);
    private static final Account OFFICER = staff(2, Role.OFFICER);
    private static final Account LAWYER = staff(3, Role.LAWYER);

    private static Account staff(long id, Role role) {
        return new Account(id, "s" + id, "s" + id, null, Set.of(role), new StaffProfile("王" + id, "00" + id,
                "precinct", "警员", null), Instant.EPOCH);
    }

    private static List<String> problems(Runnable r) {
        FengqiaoException e = assertThrows(FengqiaoException.class, r::run);
        return e.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void staffPublishWithAKindATitleAndABody() {
        ArticleRules.checkPublish(OFFICER, ArticleKind.NOTICE, "停水通知", "明日停水。");
        ArticleRules.checkPublish(LAWYER, ArticleKind.LAW_POPULARISATION, "普法", "内容");
        assertEquals("forbidden", assertThrows(FengqiaoException.class,
                () -> ArticleRules.checkPublish(CITIZEN, ArticleKind.NOTICE, "t", "b")).code());
        assertEquals(List.of("title:required", "body:required", "kind:required"),
                problems(() -> ArticleRules.checkPublish(OFFICER, null, " ", null)));
        assertEquals(List.of("title:too_long"), problems(() -> ArticleRules.checkPublish(OFFICER,
                ArticleKind.NOTICE, "标".repeat(ArticleRules.MAX_TITLE + 1), "b")));
    }

    @Test
    void onlyACallForCluesTakesAnswers() {
        ArticleRules.checkReply(ArticleKind.CALL_FOR_CLUES, "我见过此人");
        assertEquals("not_a_call_for_clues", assertThrows(FengqiaoException.class,
                () -> ArticleRules.checkReply(ArticleKind.WANTED_NOTICE, "我见过此人")).code());
        assertEquals(List.of("body:required"), problems(() -> ArticleRules.checkReply(ArticleKind.CALL_FOR_CLUES,
                "")));
    }

    @Test
    void answersAreReadByPoliceOnly() {
        assertTrue(ArticleRules.readsAllReplies(OFFICER));
        assertFalse(ArticleRules.readsAllReplies(LAWYER));
        assertFalse(ArticleRules.readsAllReplies(CITIZEN));
    }

    @Test
    void kindsAreReadFromTheirCodes() {
        assertEquals(ArticleKind.CRIME_WARNING, ArticleRules.kind("crime_warning", true));
        assertNull(ArticleRules.kind(" ", false));
        assertEquals(List.of("kind:required"), problems(() -> ArticleRules.kind(null, true)));
        assertEquals(List.of("kind:not_allowed"), problems(() -> ArticleRules.kind("CRIME_WARNING", false)));
        for (ArticleKind k : ArticleKind.values()) {
            assertEquals(k, ArticleRules.kind(k.code(), true));
        }
    }
}
