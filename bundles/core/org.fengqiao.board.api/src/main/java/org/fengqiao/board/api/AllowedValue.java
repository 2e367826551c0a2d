package org.fengqiao.board.api;

/** One choice of a list field: its stable code and its label. */
public record AllowedValue(String code, LocalizedText label) {

    public static AllowedValue of(String code, String zh, String en) {
        return new AllowedValue(code, LocalizedText.of(zh, en));
    }
}
