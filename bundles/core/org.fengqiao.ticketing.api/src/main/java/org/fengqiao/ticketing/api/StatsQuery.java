package org.fengqiao.ticketing.api;

import java.time.Instant;

/**
 * Which figures: a period, and optionally one unit (with the units below it) and one board.
 *
 * @param unitCodes the unit and its descendants, or {@code null} for all
 */
public record StatsQuery(Instant from, Instant to, java.util.List<String> unitCodes, String boardId) {
}
