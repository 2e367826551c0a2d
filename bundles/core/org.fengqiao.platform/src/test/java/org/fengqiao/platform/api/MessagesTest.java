package org.fengqiao.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {

    @Test
    void aProblemGetsItsMessageInEachLanguageWithTheFieldsLabel() {
        List<Problem> localized = Messages.platform().localize(
                List.of(new Problem("fields.age", "required", "age is required")),
                (field, language) -> language.equals("zh") ? "年龄" : "Age");
        Problem problem = localized.get(0);
        assertEquals("请填写年龄", problem.message("zh"));
        assertEquals("Age is required", problem.message("en"));
        assertEquals("age is required", problem.message(), "the one message stays");
        assertEquals("age is required", problem.message(null));
    }

    @Test
    void unknownCodesAndAlreadyLocalizedProblemsStayAsTheyAre() {
        Problem unknown = new Problem("x", "no_such_code", "as sent");
        Problem done = new Problem("x", "required", "as sent", Map.of("zh", "已有", "en", "had"));
        assertEquals(List.of(unknown, done),
                Messages.platform().localize(List.of(unknown, done), (field, language) -> field));
    }

    @Test
    void aPluginsOwnMessagesAreReadFromItsBundleAsUtf8(@TempDir Path dir) throws Exception {
        Path l10n = Files.createDirectories(dir.resolve("OSGI-INF/l10n"));
        Files.writeString(l10n.resolve("problems_zh.properties"), "problem.needed_when_urgent=紧急事项请填写{field}\n");
        Files.writeString(l10n.resolve("problems_en.properties"), "problem.needed_when_urgent={field} is needed when urgent\n");
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] { dir.toUri().toURL() }, null)) {
            Messages plugin = Messages.of(loader, Messages.PLUGIN_BASE);
            Problem problem = plugin.localize(List.of(new Problem("fields.when", "needed_when_urgent", "x")),
                    (field, language) -> language.equals("zh") ? "时间" : "Time").get(0);
            assertEquals("紧急事项请填写时间", problem.message("zh"));
            assertEquals("Time is needed when urgent", problem.message("en"));
        }
        assertTrue(Messages.of(null, "none").text("problem.required", "zh", Map.of()).isEmpty());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Set<Object> zh = read("zh").keySet();
        Set<Object> en = read("en").keySet();
        assertEquals(en, zh);
        assertTrue(zh.size() > 20, "keys: " + zh.size());
    }

    private static Properties read(String language) throws Exception {
        Properties properties = new Properties();
        try (var in = Messages.class.getResourceAsStream("problems_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
