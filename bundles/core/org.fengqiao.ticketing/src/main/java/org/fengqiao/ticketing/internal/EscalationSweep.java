package org.fengqiao.ticketing.internal;

import java.time.Instant;

import org.fengqiao.persistence.api.Cluster;
import org.fengqiao.ticketing.api.EscalationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the escalation every minute on the Karaf scheduler, on the node that holds its lease; should two sweeps run at
 * once all the same, each ticket still escalates once (a conditional update per level).
 */
@Component(service = Runnable.class, property = { "scheduler.name=fengqiao-escalation", "scheduler.period:Long=60",
        "scheduler.concurrent:Boolean=false" })
public class EscalationSweep implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationSweep.class);

    private final EscalationService escalation;

    private final Cluster.Lease lease;

    @Activate
    public EscalationSweep(@Reference EscalationService escalation, @Reference Cluster cluster) {
        this.lease = cluster.lease("sweep:escalation");
        this.escalation = escalation;
    }

    @Override
    public void run() {
        if (!lease.held()) {
            return; // another node runs this sweep
        }
        try {
            escalation.escalateOverdue(Instant.now());
        } catch (RuntimeException e) {
            LOG.error("Escalation sweep failed; it runs again in a minute", e);
        }
    }
}
