package org.fengqiao.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt (Bouncy Castle): slow, salted, self-describing hashes. */
final class PasswordHasher {

    /** bcrypt reads at most 72 bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final SecureRandom random = new SecureRandom();
    private final int cost;
    private final String decoy;

    PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31, was " + cost);
        }
        this.cost = cost;
        this.decoy = hash("decoy-password-for-unknown-users");
    }

    String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, cost);
    }

    /** Checks a password; with a {@code null} hash it spends the same time and answers false. */
    /** Stored instead of a hash for accounts of other systems, which authenticate with API keys only. */
    static final String NO_LOGIN = "!";

    boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES
                || password.isEmpty()) {
            OpenBSDBCrypt.checkPassword(decoy, "x".toCharArray());
            return false;
        }
        if (hash == null || NO_LOGIN.equals(hash)) {
            OpenBSDBCrypt.checkPassword(decoy, password.toCharArray());
            return false;
        }
        return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    }
}
