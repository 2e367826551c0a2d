package org.fengqiao.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.fengqiao.platform.api.FengqiaoException;

/**
 * bcrypt (Bouncy Castle): slow, salted, self-describing hashes. At most {@code concurrency} run at once, so that a
 * burst of logins cannot take every core from the rest of the API; a caller that waits too long is told to retry.
 */
final class PasswordHasher {

    /** bcrypt reads at most 72 bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final SecureRandom random = new SecureRandom();
    private final int cost;
    private final String decoy;
    private final Semaphore running;
    private final Duration wait;

    PasswordHasher(int cost, int concurrency) {
        this(cost, concurrency, Duration.ofSeconds(10));
    }

    /** @param wait how long a caller waits for a free slot before it is told to retry */
    PasswordHasher(int cost, int concurrency, Duration wait) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31, was " + cost);
        }
        this.cost = cost;
        this.running = new Semaphore(Math.max(1, concurrency), true);
        this.wait = wait;
        this.decoy = gated(() -> generate("decoy-password-for-unknown-users"));
    }

    String hash(String password) {
        return gated(() -> generate(password));
    }

    private String generate(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, cost);
    }

    <T> T gated(Supplier<T> work) {
        try {
            if (!running.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw FengqiaoException.tooMany("busy", "too many passwords are being checked at once",
                        Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to check a password", e);
        }
        try {
            return work.get();
        } finally {
            running.release();
        }
    }

    /** Checks a password; with a {@code null} hash it spends the same time and answers false. */
    /** Stored instead of a hash for accounts of other systems, which authenticate with API keys only. */
    static final String NO_LOGIN = "!";

    boolean matches(String password, String hash) {
        return gated(() -> check(password, hash));
    }

    private boolean check(String password, String hash) {
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
