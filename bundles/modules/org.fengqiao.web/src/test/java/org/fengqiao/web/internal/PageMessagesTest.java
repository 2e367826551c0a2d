package org.fengqiao.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every message a page asks for by a literal key — in this bundle and in every module's bundle of the source tree —
 * exists in Chinese and in English, and both bundles of messages have the same keys.
 */
class PageMessagesTest {

    private static final Pattern KEY = Pattern.compile("\\bt\\('([a-zA-Z0-9_.]+)'");
    private static final Path BUNDLES = Path.of("..", "..");

    @Test
    void everyKeyAPageUsesHasChineseAndEnglish() throws IOException {
        List<Path> webFolders;
        try (Stream<Path> found = Files.walk(BUNDLES, 7)) {
            webFolders = found.filter(p -> p.endsWith(Path.of("src", "main", "resources", "web"))).toList();
        }
        assertTrue(webFolders.size() >= 2, "web folders found: " + webFolders);
        Map<String, String> zh = new HashMap<>();
        Map<String, String> en = new HashMap<>();
        for (Path web : webFolders) {
            try (Stream<Path> files = Files.walk(web)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json") && f.getParent().endsWith("i18n"))
                        .toList()) {
                    Map<String, String> messages = new ObjectMapper().readValue(file.toFile(),
                            new TypeReference<Map<String, String>>() { });
                    (file.getFileName().toString().startsWith("zh") ? zh : en).putAll(messages);
                }
            }
        }
        assertEquals(new TreeSet<>(zh.keySet()), new TreeSet<>(en.keySet()), "zh and en have the same keys");
        TreeSet<String> missing = new TreeSet<>();
        int used = 0;
        for (Path web : webFolders) {
            try (Stream<Path> files = Files.walk(web)) {
                for (Path script : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(script));
                    while (m.find()) {
                        used++;
                        if (!zh.containsKey(m.group(1))) {
                            missing.add(m.group(1) + " (" + script.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(used > 100, "keys used: " + used);
        assertEquals(new TreeSet<>(), missing, "keys without a message");
    }
}
