package org.fengqiao.linkage.api;

import java.time.Duration;

import org.fengqiao.board.api.LocalizedText;

/**
 * A kind of matter a department owns.
 *
 * @param acceptWithin time the department has to accept a dispatch
 * @param resolveWithin time it has to return its feedback
 */
public record LinkageCategory(String code, LocalizedText name, Duration acceptWithin, Duration resolveWithin) {

    public static LinkageCategory of(String code, String zh, String en, Duration acceptWithin, Duration resolveWithin) {
        return new LinkageCategory(code, LocalizedText.of(zh, en), acceptWithin, resolveWithin);
    }
}
