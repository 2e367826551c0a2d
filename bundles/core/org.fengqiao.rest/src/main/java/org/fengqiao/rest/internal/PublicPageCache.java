package org.fengqiao.rest.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.rest.api.ApiJson;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketDeadlines;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Answers as the public sees them (no credentials) — board pages, tickets — kept as the JSON that was sent. Each is
 * kept under the stamp read before it was built (the change counts of tickets and of people and units) with the
 * board it was read from. It is sent again only while the stamp is the same, the same board is installed, and until
 * the first deadline of a ticket on it passes (its overdue mark turns then): so an answer sent from here is exactly
 * the one that would be built now. The least recently used answer goes first when the cache is full.
 */
final class PublicPageCache {

    /** What an answer was read from: under equal stamps, nothing it shows has changed. */
    record Stamp(long ticketChanges, long peopleChanges) {
    }

    /**
     * A kept answer, the board (as installed before it was read) whose tickets it shows, and the unit of the ticket
     * it shows ({@code null} for a list): what a visit to it counts for.
     */
    record Kept(String boardId, Object board, String unitCode, byte[] json) {
    }

    private record Entry(Stamp stamp, Instant validUntil, Kept kept) {
    }

    private final Map<Object, Entry> answers;

    PublicPageCache(int capacity) {
        this.answers = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The answer kept for {@code key}, if it was built under {@code stamp} and is still on time at {@code now}; the
     * caller checks that its board is still the one installed.
     */
    synchronized Optional<Kept> get(Object key, Stamp stamp, Instant now) {
        Entry entry = answers.get(key);
        if (entry == null || !entry.stamp().equals(stamp) || !now.isBefore(entry.validUntil())) {
            return Optional.empty();
        }
        return Optional.of(entry.kept());
    }

    synchronized void put(Object key, Stamp stamp, Instant validUntil, Kept kept) {
        answers.put(key, new Entry(stamp, validUntil, kept));
    }

    /** The JSON of an answer, as the API's JSON provider writes it. */
    static byte[] json(Object answer) {
        try {
            return ApiJson.MAPPER.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    /**
     * When an answer showing tickets with these deadlines, built at {@code now}, stops being current by time alone:
     * at the first deadline not yet past, a ticket may turn overdue (see {@link Ticket#isOverdue}).
     */
    static Instant validUntil(List<TicketDeadlines> deadlines, Instant now) {
        Instant first = Instant.MAX;
        for (TicketDeadlines d : deadlines) {
            if (d == null) {
                continue;
            }
            for (Instant due : new Instant[] { d.firstResponseDue(), d.resolutionDue() }) {
                if (due != null && !due.isBefore(now) && due.isBefore(first)) {
                    first = due;
                }
            }
        }
        return first;
    }
}
