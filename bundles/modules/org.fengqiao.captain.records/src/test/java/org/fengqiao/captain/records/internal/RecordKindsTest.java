package org.fengqiao.captain.records.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.board.api.FieldValues;
import org.fengqiao.captain.api.FieldRecord;
import org.fengqiao.captain.api.PopulationChange;
import org.fengqiao.captain.api.RecordTicket;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.junit.jupiter.api.Test;

/** Baotou's record kinds: their checks, the tickets they become, the population changes they make. */
class RecordKindsTest {

    private static FieldRecord record(String kind, Map<String, Object> data) {
        return new FieldRecord(UUID.randomUUID(), kind, 7, "sx-b3-e1-201", "少先路29号院 3栋 1单元 201室",
                Instant.parse("2026-11-20T12:00:00Z"), 1, data, null);
    }

    @Test
    void aMoveInNeedsAValidIdNumberNameKindAndRegistration() {
        PopulationKind kind = new PopulationKind();
        Problems problems = new Problems();
        Map<String, Object> data = FieldValues.validate(kind.fields(), Map.of("action", "move_in", "id_number",
                "110105194912310021"), problems, "data.");
        assertTrue(problems.isEmpty());
        assertEquals(List.of("data.id_number:invalid_id_number", "data.name:required", "data.person_kind:required",
                "data.registered:required"), kind.validate(data).stream().map(p -> p.field() + ":" + p.code())
                        .toList());
        assertEquals(List.of(), kind.validate(Map.of("action", "move_out", "id_number", "11010519491231002X")));
    }

    @Test
    void aMoveInChangesThePopulationOfItsDoor() {
        Map<String, Object> data = new LinkedHashMap<>(Map.of("action", "move_in", "id_number", "11010519491231002X",
                "name", "王大爷", "person_kind", "tenant", "registered", "no", "housing", "rented"));
        List<PopulationChange> changes = new PopulationKind().population(record("population", data));
        assertEquals(1, changes.size());
        PopulationChange c = changes.get(0);
        assertEquals(PopulationChange.Action.MOVE_IN, c.action());
        assertEquals("sx-b3-e1-201", c.doorCode());
        assertEquals("tenant", c.kind());
        assertEquals(false, c.registered());
        assertEquals("rented", c.housing());
    }

    @Test
    void aHazardBecomesAFireSafetyTicketThatPassesTheBoardsFields() {
        RecordTicket t = new HazardKind().ticket(record("hazard", Map.of("severity", "severe", "hazards",
                List.of("blocked_exit"), "description", "堵塞安全出口", "location", "一楼楼道"))).orElseThrow();
        assertEquals("firesafety", t.boardId());
        assertEquals("hazard", t.category());
        assertEquals("楼长排查发现严重火灾隐患", t.title());
        assertEquals("少先路29号院 3栋 1单元 201室 一楼楼道", t.fields().get("location"));
        assertEquals(List.of("blocked_exit"), t.fields().get("hazards"));
    }

    @Test
    void aClueBecomesATipOffOfItsCategory() {
        RecordTicket t = new ClueKind().ticket(record("clue", Map.of("category", "pyramid_scheme", "description",
                "有人在小区组织传销聚会"))).orElseThrow();
        assertEquals("tipoff", t.boardId());
        assertEquals("pyramid_scheme", t.category());
        assertEquals("少先路29号院 3栋 1单元 201室", t.fields().get("location"));
    }

    @Test
    void anOpinionGoesToTheBoardOfItsTopic() {
        OpinionKind kind = new OpinionKind();
        assertEquals("livelihood", kind.ticket(record("opinion", Map.of("topic", "noise", "title", "噪音",
                "text", "烧烤店太吵"))).orElseThrow().boardId());
        RecordTicket suggestion = kind.ticket(record("opinion", Map.of("topic", "suggestion", "title", "建议",
                "text", "增设路灯"))).orElseThrow();
        assertEquals("deputies", suggestion.boardId());
        assertEquals("community", suggestion.fields().get("scope"));
    }

    @Test
    void everyKindsFieldsAreWellFormed() {
        for (var kind : List.of(new VisitKind(), new PopulationKind(), new HazardKind(), new ClueKind(),
                new OpinionKind())) {
            Problems problems = new Problems();
            FieldValues.validate(kind.fields(), Map.of(), problems, "data.");
            assertTrue(problems.list().stream().map(Problem::code).allMatch("required"::equals), kind.code());
        }
    }
}
