package org.fengqiao.persistence.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.fengqiao.persistence.api.Cluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lease kept in {@code FQ_LEASE}. It asks the database only when half of its own term is gone, or when another
 * node's lease may have run out: an idle check costs nothing.
 */
final class StoredLease implements Cluster.Lease {

    private static final Logger LOG = LoggerFactory.getLogger(StoredLease.class);

    private final ClusterStore store;
    private final String work;
    private final String holder;
    private final Duration term;
    private Instant heldUntil = Instant.EPOCH;
    private Instant othersUntil = Instant.EPOCH;

    StoredLease(ClusterStore store, String work, String holder, Duration term) {
        this.store = store;
        this.work = work;
        this.holder = holder;
        this.term = term;
    }

    @Override
    public synchronized boolean held() {
        Instant now = Instant.now();
        if (now.isBefore(heldUntil.minus(term.dividedBy(2)))) {
            return true;
        }
        if (now.isBefore(othersUntil)) {
            return false;
        }
        Instant until = now.plus(term);
        try {
            Optional<Instant> other = store.claim(work, holder, now, until);
            if (other.isEmpty()) {
                if (!now.isBefore(heldUntil)) {
                    LOG.info("This node took {} until {}", work, until);
                }
                heldUntil = until;
                return true;
            }
            heldUntil = Instant.EPOCH;
            othersUntil = other.get();
            return false;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("The lease on {} could not be claimed: {}", work, e.toString());
            heldUntil = Instant.EPOCH;
            return false;
        }
    }

    @Override
    public synchronized void release() {
        heldUntil = Instant.EPOCH;
        try {
            store.release(work, holder);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("The lease on {} could not be released; it runs out by itself: {}", work, e.toString());
        }
    }
}
