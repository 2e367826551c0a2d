package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.junit.jupiter.api.Test;

class EmergencyRulesTest {

    private static final Board BOARD = new Board() {
        @Override
        public String id() {
            return "help";
        }

        @Override
        public LocalizedText name() {
            return LocalizedText.of("求助", "Help");
        }

        @Override
        public LocalizedText description() {
            return name();
        }

        @Override
        public List<Category> categories() {
            return List.of();
        }

        @Override
        public List<IntakeField> fields() {
            return List.of();
        }

        @Override
        public Set<String> emergencyCategories() {
            return Set.of("danger");
        }
    };

    private static EmergencyRules rules(Map<String, Object> properties) {
        return new EmergencyRules(TicketRoutingTest.config(properties));
    }

    @Test
    void aKeywordInTitleOrBodyOrAnEmergencyCategoryAlerts() {
        EmergencyRules rules = rules(Map.of("emergency.unit", "command-centre",
                "emergency.keywords", "救命, 持刀，着火,, Fire "));
        assertTrue(rules.isEmergency(BOARD, "other", "楼下有人持刀", "快来"));
        assertTrue(rules.isEmergency(BOARD, "other", "求助", "厨房着火了"));
        assertTrue(rules.isEmergency(BOARD, "other", "FIRE in the hall", ""));
        assertTrue(rules.isEmergency(BOARD, "danger", "路灯坏了", "无关键词"));
        assertFalse(rules.isEmergency(BOARD, "other", "路灯坏了", "请修一下"));
        assertEquals(Optional.of("command-centre"), rules.unit());
    }

    @Test
    void withoutKeywordsOnlyCategoriesAlert() {
        EmergencyRules rules = rules(Map.of());
        assertFalse(rules.isEmergency(BOARD, "other", "救命", "救命"));
        assertTrue(rules.isEmergency(BOARD, "danger", "a", "b"));
        assertEquals(Optional.empty(), rules.unit());
    }
}
