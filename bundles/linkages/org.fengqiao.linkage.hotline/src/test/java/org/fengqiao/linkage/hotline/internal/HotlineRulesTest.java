package org.fengqiao.linkage.hotline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.api.FengqiaoException;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class HotlineRulesTest {

    private static HotlineCategories categories(Map<String, Object> properties) {
        return new HotlineCategories(Converters.standardConverter().convert(properties).to(HotlineConfig.class),
                properties);
    }

    private static HotlineRecord record(String id, String phone, String content, String deadline) {
        return new HotlineRecord(id, "张女士", phone, "昆都仑区少先路12号", content, "water", deadline);
    }

    @Test
    void recordsAreFiledByTheirHotlineCategoryElseTheDefault() {
        HotlineCategories c = categories(Map.of("category.water", "livelihood/water_supply", "category.broken",
                "no-slash", "default.category", "livelihood/other"));
        assertEquals(new HotlineCategories.Target("livelihood", "water_supply"), c.of(" water "));
        assertEquals(new HotlineCategories.Target("livelihood", "other"), c.of("broken"));
        assertEquals(new HotlineCategories.Target("livelihood", "other"), c.of("pension"));
        // a wrong default leaves the built-in one
        assertEquals(new HotlineCategories.Target("livelihood", "other"),
                categories(Map.of("default.category", "nowhere")).of("x"));
        assertEquals(new HotlineCategories.Target("help", "other"),
                categories(Map.of("default.category", " help / other ")).of("x"));
    }

    @Test
    void aValidRecordGivesItsDeadline() {
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"),
                record("12345-2026-001", "0472-1234567", "停水三天了", "2026-12-01T18:00:00+08:00").validDeadline());
        assertNull(record("A:1", null, "停水", " ").validDeadline());
    }

    @Test
    void eachWrongFieldIsNamed() {
        FengqiaoException e = assertThrows(FengqiaoException.class,
                () -> record("bad id!", "phone", " ", "tomorrow").validDeadline());
        assertEquals(List.of("hotlineId:invalid_format", "phone:invalid_format", "content:required",
                "deadline:invalid_datetime"), e.problems().stream().map(p -> p.field() + ":" + p.code()).toList());
    }

    @Test
    void theTitleIsTheStartOfWhatTheCallerSaid() {
        assertEquals("12345：停水三天了", record("a", null, " 停水三天了 ", null).title());
        String long60 = "一".repeat(60);
        assertEquals("12345：" + "一".repeat(40) + "…", record("a", null, long60, null).title());
    }

    @Test
    void theHotlineSeesOpenOrClosed() {
        for (String closed : List.of("resolved", "closed", "rejected")) {
            assertEquals("closed", HotlineUpdate.status(closed));
        }
        for (String open : List.of("submitted", "accepted", "assigned", "in_progress", "reopened")) {
            assertEquals("open", HotlineUpdate.status(open));
        }
        HotlineUpdate u = new HotlineUpdate(5, "h1", 7, "resolved", "closed", "linkage.department_feedback", "已修复",
                Instant.parse("2026-11-29T08:00:00Z"), false);
        assertEquals(Map.of("updateId", 5L, "hotlineId", "h1", "ticketId", 7L, "state", "resolved", "status",
                "closed", "step", "linkage.department_feedback", "note", "已修复", "at", "2026-11-29T08:00:00Z"),
                u.toJson());
    }
}
