package org.fengqiao.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void durationsFallBackWhenAbsentBlankOrWrong() {
        Map<String, Object> cfg = Map.of("a", " PT10S ", "blank", " ", "wrong", "ten seconds");
        assertEquals(Duration.ofSeconds(10), Settings.duration(cfg, "a", Duration.ZERO));
        assertEquals(Duration.ofDays(1), Settings.duration(cfg, "blank", Duration.ofDays(1)));
        assertEquals(Duration.ofDays(1), Settings.duration(cfg, "wrong", Duration.ofDays(1)));
        assertEquals(Duration.ofDays(1), Settings.duration(cfg, "missing", Duration.ofDays(1)));
        assertTrue(Settings.text(cfg, "blank").isEmpty());
    }

    @Test
    void retriesWaitLongerEachTimeUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), Settings.retryWait(1));
        assertEquals(Duration.ofMinutes(2), Settings.retryWait(2));
        assertEquals(Duration.ofMinutes(32), Settings.retryWait(6));
        assertEquals(Duration.ofMinutes(60), Settings.retryWait(7));
        assertEquals(Duration.ofMinutes(60), Settings.retryWait(40));
    }
}
