package org.fengqiao.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(6, 2);

    @Test
    void hashIsSaltedBcryptAndVerifies() {
        String a = hasher.hash("correct horse");
        String b = hasher.hash("correct horse");
        assertTrue(a.startsWith("$2b$06$"), a);
        assertNotEquals(a, b, "a fresh salt each time");
        assertFalse(a.contains("correct horse"));
        assertTrue(hasher.matches("correct horse", a));
        assertTrue(hasher.matches("correct horse", b));
        assertFalse(hasher.matches("correct horsE", a));
    }

    @Test
    void unknownUserAndOverlongPasswordsAreRefusedWithoutError() {
        assertFalse(hasher.matches("anything", null));
        assertFalse(hasher.matches("x".repeat(100), hasher.hash("x".repeat(72))));
        assertFalse(hasher.matches(null, hasher.hash("something")));
    }

    @Test
    void costMustBeSane() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(3, 2));
    }

    @Test
    void whenEverySlotIsTakenACallerIsToldToRetryInsteadOfPilingUp() throws Exception {
        PasswordHasher one = new PasswordHasher(4, 1, Duration.ofMillis(100));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> one.gated(() -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holder.start();
        inside.await();
        FengqiaoException busy = assertThrows(FengqiaoException.class, () -> one.hash("another-password"));
        assertEquals(ErrorKind.TOO_MANY_REQUESTS,
                busy.kind());
        assertEquals("busy", busy.code());
        release.countDown();
        holder.join();
        assertTrue(one.matches("another-password", one.hash("another-password")));
    }
}
