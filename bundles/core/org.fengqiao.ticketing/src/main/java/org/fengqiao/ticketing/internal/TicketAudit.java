package org.fengqiao.ticketing.internal;

import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TicketListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every committed ticket change into the audit log. It reaches the log through the outbox, so a change committed
 * just before a crash is logged after the restart; the event id as the line's source key logs a redelivery once.
 */
@Component(service = TicketListener.class)
public class TicketAudit implements TicketListener {

    private final AuditLog audit;

    @Activate
    public TicketAudit(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void ticketChanged(TicketEvent e) {
        boolean versioned = e.action() != null;
        audit.append(new AuditEntry(null, "ticket-event:" + e.eventId(), e.at(), e.actorId(), e.actorName(),
                "ticket." + e.kind().code(), "ticket", String.valueOf(e.ticketId()),
                versioned ? e.version() - 1 : null, e.version(),
                e.state().code() + (e.action() == null ? "" : " by " + e.action().code())
                        + (e.unitCode() == null ? "" : " at " + e.unitCode())));
    }

    @Override
    public String listenerId() {
        return "audit";
    }
}
