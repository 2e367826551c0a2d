package org.fengqiao.rest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text whose UTF-8 bytes were read as ISO-8859-1, as Karaf's {@code config:*} commands do with a raw UTF-8
 * {@code .cfg} file: {@code 救命} comes back as {@code æ\u0095\u0091å\u0091½}. Found as a run of characters in
 * U+0080–U+00FF that are, byte for byte, valid multi-byte UTF-8.
 */
final class Mojibake {

    private Mojibake() {
    }

    static boolean in(String text) {
        int i = 0;
        while (i < text.length()) {
            if (!isLatin1High(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isLatin1High(text.charAt(i))) {
                i++;
            }
            if (i - start >= 2 && isUtf8(text.substring(start, i).getBytes(StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin1High(char c) {
        return c >= 0x80 && c <= 0xFF;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
