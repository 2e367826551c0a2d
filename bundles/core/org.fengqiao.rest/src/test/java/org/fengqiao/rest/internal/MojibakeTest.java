package org.fengqiao.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MojibakeTest {

    private static String garbled(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void utf8ReadAsLatin1IsFound() {
        assertTrue(Mojibake.in(garbled("救命, 持刀, 砍人")));
        assertTrue(Mojibake.in("command-centre " + garbled("指挥中心")));
        assertTrue(Mojibake.in(garbled("café")));
    }

    @Test
    void realTextIsNot() {
        for (String text : List.of("救命, 持刀, 砍人", "P1D", "", "café crème", "Müller", "naïve façade", "«»",
                "包头市公安局 Baotou PSB")) {
            assertFalse(Mojibake.in(text), text);
        }
    }

    @Test
    void aGarbledValueAndARawUtf8LineAreNamedByPidAndKey(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("org.fengqiao.ticketing.cfg");
        Files.writeString(cfg, "# 紧急关键词 comments may hold any text\nemergency.unit = command-centre\n"
                + "emergency.keywords = 救命, 持刀\nrouting.default=\\u5305\n", StandardCharsets.UTF_8);
        assertEquals(List.of("emergency.keywords"), SettingsCheck.rawUtf8Keys(cfg.toUri().toString()));
        assertEquals(List.of("emergency.keywords"), SettingsCheck.rawUtf8Keys(cfg.toString()));

        SettingsCheck check = new SettingsCheck(new NoConfigurations());
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("emergency.keywords", garbled("救命, 持刀"));
        properties.put("emergency.unit", "command-centre");
        properties.put("felix.fileinstall.filename", cfg.toUri().toString());
        check.check("org.fengqiao.ticketing", properties);
        assertEquals(List.of("mojibake", "raw_utf8"), check.findings().stream().map(SettingsCheck.Finding::problem)
                .toList());
        assertTrue(check.findings().stream().allMatch(f -> f.key().equals("emergency.keywords")
                && f.pid().equals("org.fengqiao.ticketing")));

        Files.writeString(cfg, "emergency.keywords = \\u6551\\u547D\n", StandardCharsets.UTF_8);
        properties.put("emergency.keywords", "救命");
        check.check("org.fengqiao.ticketing", properties);
        assertEquals(List.of(), check.findings());
    }
}
