package org.fengqiao.board.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.string("name", "姓名", "Name", true),
            IntakeField.text("story", "经过", "Story", false),
            IntakeField.number("age", "年龄", "Age", false),
            IntakeField.datetime("when", "时间", "When", false),
            IntakeField.singleValue("kind", "类型", "Kind", false, AllowedValue.of("a", "甲", "A"),
                    AllowedValue.of("b", "乙", "B")),
            IntakeField.multiValue("tags", "标签", "Tags", false, AllowedValue.of("x", "X", "X"),
                    AllowedValue.of("y", "Y", "Y")));

    private Problems problems = new Problems();

    private Map<String, Object> validate(Map<String, Object> raw) {
        problems = new Problems();
        return FieldValues.validate(FIELDS, raw, problems);
    }

    private boolean has(String field, String code) {
        return problems.list().stream().anyMatch(p -> p.field().equals("fields." + field) && p.code().equals(code));
    }

    @Test
    void acceptsAndNormalisesEveryType() {
        Map<String, Object> clean = validate(Map.of("name", " 王 ", "story", "长文", "age", 42, "when",
                "2026-11-26T08:30", "kind", "a", "tags", List.of("y", "x")));
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals("王", clean.get("name"));
        assertEquals(new BigDecimal("42"), clean.get("age"));
        assertEquals("2026-11-26T08:30", clean.get("when"));
        assertEquals(List.of("y", "x"), clean.get("tags"));
        validate(Map.of("name", "n", "when", "2026-11-26T08:30+08:00"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void requiredMissingAndUnknownFields() {
        validate(Map.of("nickname", "x"));
        assertTrue(has("name", "required"));
        assertTrue(has("nickname", "unknown_field"));
        Map<String, Object> blank = new HashMap<>();
        blank.put("name", "  ");
        validate(blank);
        assertTrue(has("name", "required"));
    }

    @Test
    void wrongTypesAreNamed() {
        validate(Map.of("name", 5, "age", "42", "when", "tomorrow", "kind", List.of("a"), "tags", "x"));
        for (String field : List.of("name", "age", "when", "kind", "tags")) {
            assertTrue(has(field, "wrong_type"), field + " " + problems.list());
        }
        validate(Map.of("name", "n", "age", true));
        assertTrue(has("age", "wrong_type"));
    }

    @Test
    void valuesOutsideTheAllowedOnesAndDuplicates() {
        validate(Map.of("name", "n", "kind", "c", "tags", List.of("x", "z")));
        assertTrue(has("kind", "not_allowed"));
        assertTrue(has("tags", "not_allowed"));
        validate(Map.of("name", "n", "tags", List.of("x", "x")));
        assertTrue(has("tags", "duplicate_value"));
    }

    @Test
    void overLongText() {
        validate(Map.of("name", "长".repeat(201), "story", "长".repeat(4000)));
        List<Problem> list = problems.list();
        assertEquals(1, list.size(), list.toString());
        assertTrue(has("name", "too_long"));
    }
}
