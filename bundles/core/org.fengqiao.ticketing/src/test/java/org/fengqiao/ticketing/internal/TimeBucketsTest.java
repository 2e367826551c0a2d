package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class TimeBucketsTest {

    @Test
    void everyTimeIsWithinTwoAndAHalfPercentAndHalfASecondOfItsBucketsValue() {
        for (long seconds = 0; seconds < 40_000_000; seconds = seconds < 1000 ? seconds + 1 : seconds * 101 / 100) {
            long value = TimeBuckets.value(TimeBuckets.bucket(seconds));
            assertTrue(Math.abs(value - seconds) <= 0.025 * seconds + 0.5, seconds + " s stands as " + value);
        }
    }

    @Test
    void smallTimesKeepTheirSecond() {
        for (long seconds = 0; seconds <= 20; seconds++) {
            assertEquals(seconds, TimeBuckets.value(TimeBuckets.bucket(seconds)));
        }
    }

    @Test
    void bucketsGrowWithTheTime() {
        for (long seconds = 1; seconds < 10_000_000; seconds = seconds * 3 / 2 + 1) {
            assertTrue(TimeBuckets.bucket(seconds) <= TimeBuckets.bucket(seconds + 1));
        }
    }

    @Test
    void aRankIsReadFromTheCountsInOrder() {
        SortedMap<Integer, Long> counts = new TreeMap<>();
        counts.put(TimeBuckets.bucket(60), 5L);
        counts.put(TimeBuckets.bucket(3600), 4L);
        counts.put(TimeBuckets.bucket(86_400), 1L);
        assertEquals(60, TimeBuckets.atRank(counts, 0), 2);
        assertEquals(60, TimeBuckets.atRank(counts, 4), 2);
        assertEquals(3600, TimeBuckets.atRank(counts, 5), 90);
        assertEquals(86_400, TimeBuckets.atRank(counts, 9), 2200);
        assertNull(TimeBuckets.atRank(counts, 10));
    }
}
