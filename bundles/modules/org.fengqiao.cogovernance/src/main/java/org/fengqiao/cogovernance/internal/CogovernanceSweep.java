package org.fengqiao.cogovernance.internal;

import java.time.Instant;

import org.fengqiao.persistence.api.Cluster;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every minute on the Karaf scheduler: hand-offs left unanswered past their deadline move up a level. */
@Component(service = Runnable.class, property = { "scheduler.name=fengqiao-cogovernance", "scheduler.period:Long=60",
        "scheduler.concurrent:Boolean=false" })
public class CogovernanceSweep implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(CogovernanceSweep.class);

    private final Handoffs handoffs;

    private final Cluster.Lease lease;

    @Activate
    public CogovernanceSweep(@Reference Handoffs handoffs, @Reference Cluster cluster) {
        this.lease = cluster.lease("sweep:cogovernance");
        this.handoffs = handoffs;
    }

    @Override
    public void run() {
        if (!lease.held()) {
            return; // another node runs this sweep
        }
        try {
            handoffs.escalateOverdue(Instant.now());
        } catch (RuntimeException e) {
            LOG.error("Escalating overdue hand-offs failed; it runs again in a minute", e);
        }
    }
}
