package org.fengqiao.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiFunction;

/**
 * A bundle's messages in the platform's languages, from UTF-8 properties files beside each other:
 * {@code <base>_en.properties} and {@code <base>_zh.properties}. A problem's message has the key
 * {@code problem.<code>}; {@code {field}} in it stands for the field's label in that language.
 * A plugin ships its own ({@code OSGI-INF/l10n/problems_*.properties}); the platform's are {@link #platform()}.
 */
public final class Messages {

    /** The platform's languages: Chinese first (the default for people), then English. */
    public static final List<String> LANGUAGES = List.of("zh", "en");

    /** Where a plugin keeps its problem messages: {@code OSGI-INF/l10n/problems_zh.properties} and {@code _en}. */
    public static final String PLUGIN_BASE = "OSGI-INF/l10n/problems";

    private static final Messages PLATFORM = of(Messages.class.getClassLoader(), "org/fengqiao/platform/api/problems");

    private final Map<String, Properties> byLanguage;

    private Messages(Map<String, Properties> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The platform's messages of the common problem codes ({@code required}, {@code too_long}, …). */
    public static Messages platform() {
        return PLATFORM;
    }

    /** The messages under {@code base} of the bundle or class path that {@code loader} reads; none if absent. */
    public static Messages of(ClassLoader loader, String base) {
        Map<String, Properties> read = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Properties properties = new Properties();
            try (InputStream in = loader == null ? null : loader.getResourceAsStream(base + "_" + language + ".properties")) {
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + base + "_" + language + ".properties", e);
            }
            read.put(language, properties);
        }
        return new Messages(read);
    }

    /** The text of {@code key} in {@code language}, with each {@code {name}} replaced from {@code values}. */
    public Optional<String> text(String key, String language, Map<String, String> values) {
        Properties properties = byLanguage.get(language);
        String template = properties == null ? null : properties.getProperty(key);
        if (template == null) {
            return Optional.empty();
        }
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return Optional.of(text);
    }

    /**
     * The problems, each with its message in every language where this bundle has {@code problem.<code>}; problems
     * that have messages already, or whose code it does not know, stay as they are.
     *
     * @param label the label of a field (the problem's {@code field}) in a language; the field itself if none
     */
    public List<Problem> localize(List<Problem> problems, BiFunction<String, String, String> label) {
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            out.add(problem.messages().isEmpty() ? localize(problem, label) : problem);
        }
        return out;
    }

    private Problem localize(Problem problem, BiFunction<String, String, String> label) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String field = problem.field() == null ? "" : label.apply(problem.field(), language);
            text("problem." + problem.code(), language, Map.of("field", field == null ? problem.field() : field))
                    .ifPresent(t -> texts.put(language, t));
        }
        return texts.isEmpty() ? problem : problem.withMessages(texts);
    }
}
