package org.fengqiao.linkage.internal;

import java.time.Instant;

import org.fengqiao.linkage.api.DispatchService;
import org.fengqiao.persistence.api.Cluster;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute on the Karaf scheduler: escalates overdue department tasks (the same conditional once-per-level update
 * as tickets), delivers pending Open311 dispatches and reads back their status.
 */
@Component(service = Runnable.class, property = { "scheduler.name=fengqiao-linkage", "scheduler.period:Long=60",
        "scheduler.concurrent:Boolean=false" })
public class LinkageSweep implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(LinkageSweep.class);

    private final DispatchService dispatches;

    private final Cluster.Lease lease;

    @Activate
    public LinkageSweep(@Reference DispatchService dispatches, @Reference Cluster cluster) {
        this.lease = cluster.lease("sweep:linkage");
        this.dispatches = dispatches;
    }

    @Override
    public void run() {
        if (!lease.held()) {
            return; // another node runs this sweep
        }
        try {
            dispatches.escalateOverdue(Instant.now());
        } catch (RuntimeException e) {
            LOG.error("Department task escalation failed; it runs again in a minute", e);
        }
        try {
            dispatches.synchronise();
        } catch (RuntimeException e) {
            LOG.error("Open311 synchronisation failed; it runs again in a minute", e);
        }
    }
}
