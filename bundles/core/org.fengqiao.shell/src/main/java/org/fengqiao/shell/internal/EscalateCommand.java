package org.fengqiao.shell.internal;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.fengqiao.ticketing.api.EscalationService;

/**
 * Runs the escalation of overdue tickets now, on this node, whichever node holds the sweep's lease: each ticket still
 * moves up once per level and interval, however many sweeps run at once.
 */
@Service
@Command(scope = "fengqiao", name = "escalate", description = "Escalate overdue tickets now, on this node")
public class EscalateCommand implements Action {

    @Reference
    EscalationService escalation;

    @Override
    public Object execute() {
        System.out.println("escalated " + escalation.escalateOverdue(Instant.now()));
        return null;
    }
}
