package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.fengqiao.platform.api.FengqiaoException;
import org.junit.jupiter.api.Test;

class ListPositionTest {

    @Test
    void aTokenGivesBackItsPositionToTheNanosecond() {
        ListPosition position = new ListPosition(Instant.parse("2026-11-30T03:15:36.123456789Z"), 434_041);
        String token = position.token();
        assertFalse(token.matches(".*[+/=.].*"), "opaque and URL-safe: " + token);
        assertEquals(position, ListPosition.parse("after", token));
    }

    @Test
    void somethingElseIsNamedAsTheParameterItCameIn() {
        for (String bad : new String[] { "", "abc", "!!!", "MTIzLjQ1Ng", "eC55Lno", "MS4yLjM0NTY3ODkwMTIzNDU2Nzg5MDEyMw" }) {
            FengqiaoException e = assertThrows(FengqiaoException.class, () -> ListPosition.parse("after", bad), bad);
            assertEquals("after", e.problems().get(0).field(), bad);
            assertEquals("invalid_position", e.problems().get(0).code(), bad);
        }
    }
}
