package org.fengqiao.linkage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fengqiao.linkage.api.Suggestion;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketState;
import org.junit.jupiter.api.Test;

class ClassificationRulesTest {

    private static final ClassificationRules RULES = new ClassificationRules(Map.of(
            "classify.livelihood.heating", "heating/no_heating",
            "keywords.heating.no_heating", "暖气, 不热",
            "keywords.water.water_supply", "停水，自来水",
            "keywords.urban.noise", "噪音, 广场舞, 扰民",
            "escalation.interval", "P1D"));

    private static Ticket ticket(String board, String category, String title, String body) {
        return new Ticket(1, board, category, title, body, Map.of(), 2, null, null, null, TicketState.SUBMITTED,
                Instant.EPOCH, Instant.EPOCH, null, null, null, 0, null, null, null, null, null, false, null);
    }

    @Test
    void theTicketsOwnCategoryComesFirstThenKeywordsByHowManyMatch() {
        List<Suggestion> s = RULES.suggest(ticket("livelihood", "heating", "暖气不热还停水",
                "楼下广场舞噪音也很大，扰民，自来水也停了"));
        assertEquals(List.of("heating/no_heating", "urban/noise", "water/water_supply"),
                s.stream().map(x -> x.linkageId() + "/" + x.category()).toList());
        assertEquals("category livelihood/heating", s.get(0).reason());
        assertEquals("keywords 噪音, 广场舞, 扰民", s.get(1).reason());
    }

    @Test
    void noRuleNoSuggestion() {
        assertTrue(RULES.suggest(ticket("household", "id_card", "身份证补办", "身份证丢了")).isEmpty());
    }
}
