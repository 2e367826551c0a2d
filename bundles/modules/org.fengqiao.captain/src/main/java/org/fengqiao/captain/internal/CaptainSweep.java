package org.fengqiao.captain.internal;

import java.time.Instant;

import org.fengqiao.persistence.api.Cluster;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute on the Karaf scheduler: posts the tickets and tells the alerts that a sync could not finish (the node
 * stopped, a board was away), and raises alerts for hazards not fixed by their deadline.
 */
@Component(service = Runnable.class, property = { "scheduler.name=fengqiao-captain", "scheduler.period:Long=60",
        "scheduler.concurrent:Boolean=false" })
public class CaptainSweep implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(CaptainSweep.class);

    private final RecordTickets recordTickets;
    private final EarlyWarning warning;

    private final Cluster.Lease lease;

    @Activate
    public CaptainSweep(@Reference RecordTickets recordTickets, @Reference EarlyWarning warning,
            @Reference Cluster cluster) {
        this.lease = cluster.lease("sweep:captain");
        this.recordTickets = recordTickets;
        this.warning = warning;
    }

    @Override
    public void run() {
        if (!lease.held()) {
            return; // another node runs this sweep
        }
        try {
            recordTickets.waiting().forEach(recordTickets::post);
        } catch (RuntimeException e) {
            LOG.error("Posting the tickets of field records failed; it runs again in a minute", e);
        }
        try {
            warning.raiseOverdueHazards(Instant.now());
        } catch (RuntimeException e) {
            LOG.error("Looking for overdue hazards failed; it runs again in a minute", e);
        }
        try {
            warning.waiting().forEach(warning::notify);
        } catch (RuntimeException e) {
            LOG.error("Telling precincts of alerts failed; it runs again in a minute", e);
        }
    }
}
