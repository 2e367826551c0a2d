package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.Test;

class BoundedTotalTest {

    /** A list of {@code rows} rows, counted as the database would, up to the bound; counts how often it is asked. */
    private static IntUnaryOperator listOf(int rows, AtomicInteger asked) {
        return bound -> {
            asked.incrementAndGet();
            return Math.min(rows, bound);
        };
    }

    @Test
    void nearTheStartTheListIsCountedUpToTheBound() {
        AtomicInteger asked = new AtomicInteger();
        assertEquals(new BoundedTotal(57, true), BoundedTotal.of(0, 20, 21, listOf(57, asked)));
        assertEquals(new BoundedTotal(200, false), BoundedTotal.of(0, 20, 21, listOf(434_000, asked)));
        assertEquals(new BoundedTotal(200, true), BoundedTotal.of(180, 20, 20, listOf(200, asked)));
        assertEquals(3, asked.get());
    }

    @Test
    void deepInTheListThePageTellsHowFarItGoes() {
        AtomicInteger asked = new AtomicInteger();
        BoundedTotal more = BoundedTotal.of(10_000, 20, 21, listOf(434_000, asked));
        assertEquals(10_020, more.total());
        assertFalse(more.exact());
        assertEquals(new BoundedTotal(10_007, true), BoundedTotal.of(10_000, 20, 7, listOf(10_007, asked)));
        assertEquals(0, asked.get(), "the 10,000 rows before the page are not counted again");
    }

    @Test
    void aPageBeyondTheEndIsCounted() {
        AtomicInteger asked = new AtomicInteger();
        BoundedTotal beyond = BoundedTotal.of(10_000, 20, 0, listOf(350, asked));
        assertEquals(new BoundedTotal(350, true), beyond);
        assertEquals(1, asked.get());
        assertTrue(BoundedTotal.bound(0, 20) == 201 && BoundedTotal.bound(10_000, 20) == 10_021);
    }
}
