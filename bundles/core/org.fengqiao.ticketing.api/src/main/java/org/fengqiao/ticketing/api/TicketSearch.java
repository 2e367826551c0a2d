package org.fengqiao.ticketing.api;

import java.time.Instant;
import java.util.List;

/**
 * A search across boards, for interfaces such as Open311. Empty lists and {@code null} bounds do not filter.
 *
 * @param ids ticket ids
 * @param boardIds boards to search; the caller names the boards it may show
 * @param categories {@code board/category} pairs, e.g. {@code household/id_card}
 * @param createdFrom inclusive
 * @param createdTo exclusive
 * @param limit at most this many, newest first
 * @param addresseeId only posts addressed to this staff member, or {@code null}
 */
public record TicketSearch(List<Long> ids, List<String> boardIds, List<String> categories, Instant createdFrom,
        Instant createdTo, List<TicketState> states, int limit, Long addresseeId) {

    public TicketSearch(List<Long> ids, List<String> boardIds, List<String> categories, Instant createdFrom,
            Instant createdTo, List<TicketState> states, int limit) {
        this(ids, boardIds, categories, createdFrom, createdTo, states, limit, null);
    }

    public TicketSearch {
        ids = List.copyOf(ids);
        boardIds = List.copyOf(boardIds);
        categories = List.copyOf(categories);
        states = List.copyOf(states);
    }
}
