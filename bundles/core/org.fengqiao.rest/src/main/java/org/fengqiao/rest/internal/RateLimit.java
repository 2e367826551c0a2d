package org.fengqiao.rest.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A limit per key (an account, a client address): at most {@code capacity} events per {@code window}, kept as a
 * Bucket4j bucket per key in a Caffeine cache that forgets keys idle for a window, so that a flood of new keys
 * cannot grow memory without bound.
 */
final class RateLimit {

    private final Bandwidth bandwidth;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;

    RateLimit(int capacity, Duration window, TimeMeter clock) {
        this.bandwidth = Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build();
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(200_000).build();
    }

    /** Counts one event; empty when allowed, else how long until one is. */
    Optional<Duration> take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether the next event would be refused, without counting one; empty when it would be allowed. */
    Optional<Duration> exhausted(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return Optional.empty();
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(estimate.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(clock).build());
    }
}
