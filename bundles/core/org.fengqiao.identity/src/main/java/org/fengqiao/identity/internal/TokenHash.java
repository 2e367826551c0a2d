package org.fengqiao.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Secrets (session tokens, API keys) are stored as their SHA-256, so a copy of the database holds none. */
final class TokenHash {

    /** Hex digits of the hash that name a session: enough to tell one account's sessions apart, useless to log in. */
    static final int SESSION_ID_LENGTH = 16;

    private TokenHash() {
    }

    static String of(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sessionId(String tokenHash) {
        return tokenHash.substring(0, SESSION_ID_LENGTH);
    }
}
