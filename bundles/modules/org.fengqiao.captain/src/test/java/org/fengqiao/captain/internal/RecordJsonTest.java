package org.fengqiao.captain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecordJsonTest {

    @Test
    void theHashDoesNotDependOnKeyOrder() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("severity", "severe");
        a.put("hazards", List.of("blocked_exit"));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("hazards", List.of("blocked_exit"));
        b.put("severity", "severe");
        assertEquals(RecordJson.hash(Map.of("data", a)), RecordJson.hash(Map.of("data", b)));
        assertNotEquals(RecordJson.hash(Map.of("data", a)), RecordJson.hash(Map.of("data", Map.of("severity", "minor"))));
    }

    @Test
    void dataRoundTripsWithExactDecimals() {
        String json = RecordJson.write(Map.of("area", new BigDecimal("12.50"), "people", 3));
        Map<String, Object> back = RecordJson.read(json);
        assertEquals(new BigDecimal("12.50"), back.get("area"));
        assertEquals(3, back.get("people"));
        assertEquals(json, RecordJson.write(back));
    }
}
