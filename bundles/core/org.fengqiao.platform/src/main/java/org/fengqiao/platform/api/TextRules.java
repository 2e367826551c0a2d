package org.fengqiao.platform.api;

import java.util.Optional;

/**
 * Characters no stored text may hold: C0 control characters other than tab, line feed and carriage return (NUL
 * among them, which breaks XML and some databases), DEL, and UTF-16 surrogates without their pair (which no encoder
 * can write). Refused at every edge with a 400 naming the field.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} cannot be stored, or empty when it can. */
    public static Optional<String> invalidCharacter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return Optional.of(String.format("control character U+%04X at position %d", (int) c, i));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("unpaired surrogate at position " + i);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("unpaired surrogate at position " + i);
            }
        }
        return Optional.empty();
    }

    /** {@code text} without the characters no stored text may hold (for cleaning what was stored before the rules). */
    public static String strip(String text) {
        if (text == null || invalidCharacter(text).isEmpty()) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (invalidCharacter(String.valueOf(c)).isEmpty()) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** Adds an {@code invalid_characters} problem for {@code field} when its text holds one. */
    public static void check(Problems problems, String field, String text) {
        invalidCharacter(text).ifPresent(why -> problems.add(field, "invalid_characters",
                field + " holds a character that cannot be stored: " + why));
    }
}
