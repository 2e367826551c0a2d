package org.fengqiao.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void textPeopleWriteIsStored() {
        for (String ok : List.of("", "救命\n第二行\t缩进\r\n", "emoji 😀 and 𠮷", "café", "\u00A0nbsp")) {
            assertEquals(Optional.empty(), TextRules.invalidCharacter(ok), ok);
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreNamed() {
        assertEquals(Optional.of("control character U+0000 at position 2"), TextRules.invalidCharacter("ab\u0000c"));
        assertEquals(Optional.of("control character U+001B at position 0"), TextRules.invalidCharacter("\u001B[31m"));
        assertEquals(Optional.of("control character U+007F at position 1"), TextRules.invalidCharacter("a\u007F"));
        assertEquals(Optional.of("unpaired surrogate at position 3"), TextRules.invalidCharacter("pwd\uD800"));
        assertEquals(Optional.of("unpaired surrogate at position 0"), TextRules.invalidCharacter("\uDC00x"));
        assertEquals(Optional.of("unpaired surrogate at position 1"), TextRules.invalidCharacter("x\uD83Dy"));
    }

    @Test
    void problemsTextRefusesThemWithTheFieldsName() {
        List<Problem> p = new Problems().text("title", "标题\u0000", true, 200).text("body", "ok", true, 10).list();
        assertEquals(1, p.size());
        assertEquals("title", p.get(0).field());
        assertEquals("invalid_characters", p.get(0).code());
        assertTrue(p.get(0).message().contains("U+0000"), p.get(0).message());
    }

    @Test
    void stripKeepsWhatMayBeStoredAndDropsTheRest() {
        assertEquals("ab\tc\n中文😀", TextRules.strip("a\u0000b\tc\n\u001b中文\u007f😀\ud800"));
        assertEquals("ok", TextRules.strip("ok"));
        assertEquals("x", TextRules.strip("\udc00x"));
        assertEquals(null, TextRules.strip(null));
    }
}
