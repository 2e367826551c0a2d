package org.fengqiao.platform.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void checksTheIso7064CheckDigitAndTheBirthDate() {
        assertTrue(ResidentIdNumber.isValid("11010519491231002X"));
        assertTrue(ResidentIdNumber.isValid("11010519491231002x"));
        assertFalse(ResidentIdNumber.isValid("110105194912310021"), "wrong check digit");
        assertFalse(ResidentIdNumber.isValid("11010519491331002X"), "month 13");
        assertFalse(ResidentIdNumber.isValid("1101051949123100"), "too short");
        assertFalse(ResidentIdNumber.isValid("01010519491231002X"), "leading zero");
    }
}
