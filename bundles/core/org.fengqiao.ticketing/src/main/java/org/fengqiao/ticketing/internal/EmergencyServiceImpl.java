package org.fengqiao.ticketing.internal;

import java.time.Instant;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.ticketing.api.EmergencyService;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketPolicy;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Direct orders on a post and pinned official statements, both public on the timeline. */
@Component(service = EmergencyService.class)
public class EmergencyServiceImpl implements EmergencyService {

    private final TicketingDatabase db;
    private final TicketRecords records;
    private final TicketEvents events;
    private final IdentityService identity;
    private final TicketPolicyImpl policy;

    @Activate
    public EmergencyServiceImpl(@Reference TicketingDatabase db, @Reference TicketRecords records,
            @Reference TicketEvents events, @Reference IdentityService identity,
            @Reference TicketPolicyImpl policy) {
        this.db = db;
        this.policy = policy;
        this.records = records;
        this.events = events;
        this.identity = identity;
    }

    @Override
    public Ticket order(long ticketId, Account leader, String unitCode, String instruction) {
        policy.require(leader, TicketPolicy.Action.ORDER, current(ticketId));
        Problems problems = new Problems().text("instruction", instruction, true, TicketServiceImpl.MAX_BODY);
        OrgUnit unit = unitCode == null ? null : identity.unit(unitCode).orElse(null);
        if (unit == null) {
            problems.add("unit", "unknown_unit", "no unit '" + unitCode + "'");
        }
        problems.throwIfAny();
        if (!identity.unitAndDescendants(leader.staff().unitCode()).contains(unit.code())) {
            throw FengqiaoException.forbidden("you can order only your own units and the units below them");
        }
        Instant now = Instant.now();
        Ticket ordered = db.inTransaction(em -> {
            TicketEntity ticket = records.find(em, ticketId);
            if (!ticket.state().isOpen()) {
                throw new FengqiaoException(org.fengqiao.platform.api.ErrorKind.CONFLICT, "ticket_closed",
                        "the ticket is " + ticket.state().code());
            }
            ticket.handOver(unit.code());
            em.persist(new TimelineEntryEntity(ticketId, TimelineEntry.Kind.ORDERED, null, null, null,
                    "指令 " + unit.nameZh() + " 处置 / ordered " + unit.nameEn() + ": " + instruction.strip(), leader,
                    null, now));
            em.flush();
            Ticket result = records.toTicket(ticket);
            events.record(em, result, TimelineEntry.Kind.ORDERED, null, leader, now, unit.code());
            return result;
        });
        return ordered;
    }

    @Override
    public Ticket pinStatement(long ticketId, Account staff, String body) {
        new Problems().text("body", body, true, TicketServiceImpl.MAX_BODY).throwIfAny();
        Instant now = Instant.now();
        Ticket pinned = db.inTransaction(em -> {
            TicketEntity ticket = records.find(em, ticketId);
            policy.require(staff, TicketPolicy.Action.STATEMENT, records.toTicket(ticket));
            ticket.pinStatement(body.strip(), staff.id(), now);
            em.persist(new TimelineEntryEntity(ticketId, TimelineEntry.Kind.STATEMENT, null, null, null, body.strip(),
                    staff, null, now));
            em.flush();
            Ticket result = records.toTicket(ticket);
            events.record(em, result, TimelineEntry.Kind.STATEMENT, null, staff, now);
            return result;
        });
        return pinned;
    }

    private Ticket current(long ticketId) {
        return db.read(em -> records.toTicket(records.find(em, ticketId)));
    }
}
