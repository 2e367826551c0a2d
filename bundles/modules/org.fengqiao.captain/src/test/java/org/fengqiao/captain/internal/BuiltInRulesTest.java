package org.fengqiao.captain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.captain.api.AddressFacts;
import org.fengqiao.captain.api.AlertRule;
import org.fengqiao.captain.api.FieldRecord;
import org.fengqiao.captain.api.Warning;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {

    private static CaptainSettings.Snapshot settings(int threshold) {
        return new CaptainSettings.Snapshot(java.util.Set.of(), "household", "general", "tipoff", "public_order",
                java.util.Set.of(), java.util.Set.of(), threshold, Map.of(), Map.of(), 4, 3, 500, 1000,
                VisitWorkflows.from(Map.of(), new org.fengqiao.platform.api.Problems()), 4,
                java.time.Duration.ofSeconds(20));
    }

    private static FieldRecord record(String kind, Map<String, Object> data) {
        return new FieldRecord(UUID.randomUUID(), kind, 7, "door-1", "测试路8号院 1栋 1单元 101室", Instant.now(), 1, data,
                null);
    }

    private static AddressFacts unregistered(int n) {
        return new AddressFacts() {
            @Override
            public int unregisteredAt(String doorCode) {
                return n;
            }

            @Override
            public int livingAt(String doorCode) {
                return n + 1;
            }
        };
    }

    private static List<String> raised(FieldRecord record, AddressFacts facts, int threshold) {
        return BuiltInRules.all(settings(threshold)).stream().filter(r -> r.evaluate(record, facts).isPresent())
                .map(AlertRule::id).toList();
    }

    @Test
    void aSevereHazardAlertsAMinorOneDoesNot() {
        assertEquals(List.of("severe_hazard"), raised(record("hazard", Map.of("severity", "severe")), unregistered(0), 2));
        assertEquals(List.of(), raised(record("hazard", Map.of("severity", "minor")), unregistered(0), 2));
    }

    @Test
    void moreUnregisteredPeopleThanTheThresholdAtADoorAlertWithATipOff() {
        FieldRecord population = record("population", Map.of("action", "move_in"));
        assertEquals(List.of(), raised(population, unregistered(2), 2));
        assertEquals(List.of("unregistered_tenants"), raised(population, unregistered(3), 2));
        Warning w = BuiltInRules.all(settings(2)).get(1).evaluate(population, unregistered(3)).orElseThrow();
        assertEquals("tipoff", w.ticket().boardId());
        assertEquals("public_order", w.ticket().category());
        assertEquals("测试路8号院 1栋 1单元 101室", w.ticket().fields().get("location"));
        assertTrue(w.message().contains("3"));
    }

    @Test
    void everyClueAlerts() {
        assertEquals(List.of("clue"), raised(record("clue", Map.of("category", "drugs")), unregistered(0), 2));
    }
}
