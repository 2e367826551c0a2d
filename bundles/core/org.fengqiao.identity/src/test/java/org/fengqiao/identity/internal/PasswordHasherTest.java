package org.fengqiao.identity.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(6);

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
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(3));
    }
}
