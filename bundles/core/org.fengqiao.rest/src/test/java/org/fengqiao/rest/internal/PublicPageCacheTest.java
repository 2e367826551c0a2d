package org.fengqiao.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fengqiao.ticketing.api.TicketDeadlines;
import org.junit.jupiter.api.Test;

class PublicPageCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final String FIRST_PAGE = "household?page=0";
    private static final byte[] JSON = "{\"items\":[]}".getBytes();
    private static final PublicPageCache.Kept KEPT = new PublicPageCache.Kept("household", new Object(), null, JSON);

    @Test
    void anAnswerIsSentAgainOnlyUnderTheSameStamp() {
        PublicPageCache cache = new PublicPageCache(4);
        cache.put(FIRST_PAGE, new PublicPageCache.Stamp(7, 3), Instant.MAX, KEPT);

        PublicPageCache.Kept kept = cache.get(FIRST_PAGE, new PublicPageCache.Stamp(7, 3), NOW).orElseThrow();
        assertArrayEquals(JSON, kept.json());
        assertTrue(kept.board() == KEPT.board(), "the caller checks the board is still the one installed");
        assertTrue(cache.get(FIRST_PAGE, new PublicPageCache.Stamp(8, 3), NOW).isEmpty(), "a ticket changed");
        assertTrue(cache.get(FIRST_PAGE, new PublicPageCache.Stamp(7, 4), NOW).isEmpty(), "a person changed");
        assertTrue(cache.get("household?page=1", new PublicPageCache.Stamp(7, 3), NOW).isEmpty());
    }

    @Test
    void anAnswerEndsAtItsFirstDeadline() {
        PublicPageCache cache = new PublicPageCache(4);
        PublicPageCache.Stamp stamp = new PublicPageCache.Stamp(1, 1);
        Instant due = NOW.plus(Duration.ofHours(2));
        cache.put(FIRST_PAGE, stamp, due, KEPT);
        assertTrue(cache.get(FIRST_PAGE, stamp, due.minusMillis(1)).isPresent());
        assertTrue(cache.get(FIRST_PAGE, stamp, due).isEmpty(), "a ticket may be overdue from now on");
    }

    @Test
    void theFirstDeadlineNotYetPastBoundsTheAnswer() {
        TicketDeadlines past = new TicketDeadlines(NOW.minusSeconds(60), NOW.minusSeconds(30), 0, null);
        TicketDeadlines soon = new TicketDeadlines(NOW.plusSeconds(600), NOW.plusSeconds(7200), 0, null);
        TicketDeadlines later = new TicketDeadlines(null, NOW.plusSeconds(300), 0, null);
        assertEquals(NOW.plusSeconds(300), PublicPageCache.validUntil(Arrays.asList(past, soon, null, later), NOW));
        assertEquals(Instant.MAX, PublicPageCache.validUntil(List.of(past), NOW), "nothing turns overdue any more");
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesFirst() {
        PublicPageCache cache = new PublicPageCache(2);
        PublicPageCache.Stamp stamp = new PublicPageCache.Stamp(1, 1);
        cache.put(FIRST_PAGE, stamp, Instant.MAX, KEPT);
        cache.put("second", stamp, Instant.MAX, KEPT);
        cache.get(FIRST_PAGE, stamp, NOW);
        cache.put("third", stamp, Instant.MAX, KEPT);
        assertTrue(cache.get("second", stamp, NOW).isEmpty());
        assertTrue(cache.get(FIRST_PAGE, stamp, NOW).isPresent());
        assertTrue(cache.get("third", stamp, NOW).isPresent());
    }

    @Test
    void answersAreWrittenAsTheApiWritesThem() {
        assertEquals("{\"a\":[1,2]}", new String(PublicPageCache.json(Map.of("a", List.of(1, 2)))));
    }
}
