package org.fengqiao.board.api;

import java.util.Objects;

/** A text in Chinese and English (requirement Q4). */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }
}
