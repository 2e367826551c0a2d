package org.fengqiao.ticketing.api;

import java.util.List;

/**
 * Figures of a period (P13), computed by queries.
 *
 * @param tickets tickets posted in the period
 * @param replies replies given in the period
 * @param visits views of ticket lists and tickets in the period
 * @param emergencyFirstResponse first-response times of emergencies alone (P11)
 * @param satisfaction average rating (1-5) of the period's tickets, {@code null} if none is rated
 */
public record Stats(long tickets, long replies, long visits, TimeFigures firstResponse, TimeFigures resolution,
        long emergencies, TimeFigures emergencyFirstResponse, Double satisfaction, long ratings,
        List<Breakdown> byBoard, List<Breakdown> byUnit, List<Breakdown> byDay) {

    /**
     * Times measured from posting, over the period's tickets that have them.
     *
     * @param withinDeadline share (0-1) that met their due time, {@code null} if none is measured
     */
    public record TimeFigures(long measured, Long medianSeconds, Long p90Seconds, Double withinDeadline) {
    }

    /** Counts for one board, unit or day. */
    public record Breakdown(String key, long tickets, long resolved, long replies, long visits) {
    }
}
