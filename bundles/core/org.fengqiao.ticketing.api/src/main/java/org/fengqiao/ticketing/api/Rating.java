package org.fengqiao.ticketing.api;

import java.time.Instant;

/** The author's satisfaction with the handling, 1 (poor) to 5 (excellent). */
public record Rating(int score, String comment, Instant ratedAt) {
}
