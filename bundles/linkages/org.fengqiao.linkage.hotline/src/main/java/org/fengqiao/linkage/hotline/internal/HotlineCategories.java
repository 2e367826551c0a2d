package org.fengqiao.linkage.hotline.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where hotline records are filed: {@code category.<hotline category> = <board>/<category>}, every other hotline
 * category to {@code default.category}.
 */
final class HotlineCategories {

    private static final Logger LOG = LoggerFactory.getLogger(HotlineCategories.class);
    private static final String PREFIX = "category.";
    private static final String BUILT_IN = "livelihood/other";

    record Target(String board, String category) {
    }

    private final Map<String, Target> byCategory = new LinkedHashMap<>();
    private final Target fallback;

    /** @param properties the whole configuration, for the {@code category.*} family */
    HotlineCategories(HotlineConfig config, Map<String, ?> properties) {
        properties.forEach((key, value) -> {
            if (key.startsWith(PREFIX) && value != null) {
                Target t = target(key, value.toString());
                if (t != null) {
                    byCategory.put(key.substring(PREFIX.length()), t);
                }
            }
        });
        Target configured = target("default.category", config.default_category());
        fallback = configured != null ? configured : target("built-in default", BUILT_IN);
    }

    Target of(String hotlineCategory) {
        return byCategory.getOrDefault(hotlineCategory.strip(), fallback);
    }

    private static Target target(String key, String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", 2);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            LOG.error("{} = {} is not <board>/<category>; ignored", key, text);
            return null;
        }
        return new Target(parts[0].strip(), parts[1].strip());
    }
}
