package org.fengqiao.ticketing.api;

/** Figures for the public and for leaders (P13), and the visit counter behind them. */
public interface StatsService {

    Stats stats(StatsQuery query);

    /** Counts one view of a board's list ({@code ticketId} null) or of one ticket. */
    void recordVisit(String boardId, Long ticketId);
}
