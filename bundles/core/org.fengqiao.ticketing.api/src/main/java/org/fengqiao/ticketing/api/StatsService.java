package org.fengqiao.ticketing.api;

/** Figures for the public and for leaders (P13), and the visit counter behind them. */
public interface StatsService {

    /** The figures of the whole calendar days (in {@link #zone()}) that the query's period touches. */
    Stats stats(StatsQuery query);

    /** The zone of the figures' calendar days. */
    default java.time.ZoneId zone() {
        return java.time.ZoneId.of("Asia/Shanghai");
    }

    /**
     * Counts one view of a board's list ({@code unitCode} null) or of one of its tickets, handled by
     * {@code unitCode}. Views are kept as counters per calendar day, written a few seconds later in batches.
     */
    void countVisit(String boardId, String unitCode);

    /** @deprecated a ticket's view is counted for its unit: use {@link #countVisit(String, String)} */
    @Deprecated
    default void recordVisit(String boardId, Long ticketId) {
        countVisit(boardId, null);
    }
}
