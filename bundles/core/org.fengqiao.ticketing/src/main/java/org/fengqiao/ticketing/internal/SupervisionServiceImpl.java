package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.ticketing.api.Instruction;
import org.fengqiao.ticketing.api.SupervisionService;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketPolicy;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Leaders supervise and instruct within their own units and the units below them. */
@Component(service = SupervisionService.class)
public class SupervisionServiceImpl implements SupervisionService {

    private final TicketingDatabase db;
    private final TicketRecords records;
    private final TicketEvents events;
    private final IdentityService identity;
    private final TicketPolicyImpl policy;

    @Activate
    public SupervisionServiceImpl(@Reference TicketingDatabase db, @Reference TicketRecords records,
            @Reference TicketEvents events, @Reference IdentityService identity,
            @Reference TicketPolicyImpl policy) {
        this.db = db;
        this.policy = policy;
        this.records = records;
        this.events = events;
        this.identity = identity;
    }

    @Override
    public Ticket supervise(long ticketId, Account leader, String note) {
        new Problems().text("note", note, false, TicketServiceImpl.MAX_REASON).throwIfAny();
        Instant now = Instant.now();
        Ticket supervised = db.inTransaction(em -> {
            TicketEntity ticket = ticketOfLeader(em, ticketId, leader);
            if (ticket.isSupervised()) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "already_supervised", "this ticket is already supervised");
            }
            ticket.supervise(leader.id(), now);
            em.persist(new TimelineEntryEntity(ticketId, TimelineEntry.Kind.SUPERVISED, null, null, null,
                    note == null || note.isBlank() ? null : note.strip(), leader, null, now));
            em.flush();
            Ticket result = records.toTicket(ticket);
            events.record(em, result, TimelineEntry.Kind.SUPERVISED, null, leader, now);
            return result;
        });
        return supervised;
    }


    @Override
    public Instruction instruct(long ticketId, Account leader, String body) {
        new Problems().text("body", body, true, TicketServiceImpl.MAX_BODY).throwIfAny();
        Instant now = Instant.now();
        Instruction given = db.inTransaction(em -> {
            TicketEntity ticket = ticketOfLeader(em, ticketId, leader);
            if (!ticket.state().isOpen()) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "ticket_closed",
                        "the ticket is " + ticket.state().code() + "; it takes no instructions");
            }
            InstructionEntity instruction = new InstructionEntity(ticketId, leader.id(), body.strip(), now);
            em.persist(instruction);
            em.persist(new TimelineEntryEntity(ticketId, TimelineEntry.Kind.INSTRUCTION, null, null, null,
                    body.strip(), leader, null, now));
            em.flush();
            events.record(em, records.toTicket(ticket), TimelineEntry.Kind.INSTRUCTION, null, leader, now);
            return instruction.toInstruction();
        });
        return given;
    }

    @Override
    public Instruction acknowledge(long ticketId, long instructionId, Account staff) {
        Instant now = Instant.now();
        Instruction acknowledged = db.inTransaction(em -> {
            TicketEntity ticket = records.find(em, ticketId);
            InstructionEntity instruction = em.find(InstructionEntity.class, instructionId);
            if (instruction == null || instruction.ticketId() != ticketId) {
                throw FengqiaoException.notFound("instruction_not_found", "no instruction " + instructionId
                        + " on ticket " + ticketId);
            }
            policy.require(staff, TicketPolicy.Action.ACKNOWLEDGE, records.toTicket(ticket));
            if (!instruction.isPending()) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "already_acknowledged",
                        "this instruction is already acknowledged");
            }
            instruction.acknowledge(staff.id(), now);
            em.persist(new TimelineEntryEntity(ticketId, TimelineEntry.Kind.ACKNOWLEDGED, null, null, null,
                    "已收到批示 Instruction acknowledged", staff, null, now));
            em.flush();
            events.record(em, records.toTicket(ticket), TimelineEntry.Kind.ACKNOWLEDGED, null, staff, now);
            return instruction.toInstruction();
        });
        return acknowledged;
    }

    @Override
    public List<Instruction> instructions(long ticketId) {
        return db.inTransaction(em -> {
            records.find(em, ticketId);
            return em.createQuery("SELECT i FROM InstructionEntity i WHERE i.ticketId = :id ORDER BY i.id",
                    InstructionEntity.class).setParameter("id", ticketId).getResultList().stream()
                    .map(InstructionEntity::toInstruction).toList();
        });
    }

    @Override
    public List<Ticket> queue(Account leader, Instant now) {
        requireLeader(leader);
        List<String> units = identity.unitAndDescendants(leader.staff().unitCode());
        Timestamp at = Timestamp.from(now);
        return db.inTransaction(em -> em.createQuery("SELECT t FROM TicketEntity t WHERE t.state IN :open"
                + " AND t.unitCode IN :units AND ((t.firstResponseAt IS NULL AND t.firstResponseDue < :now)"
                + " OR t.resolutionDue < :now OR t.supervisedAt IS NOT NULL OR EXISTS (SELECT i FROM InstructionEntity i"
                + " WHERE i.ticketId = t.id AND i.acknowledgedAt IS NULL)) ORDER BY t.firstResponseDue, t.id",
                TicketEntity.class).setParameter("open", EscalationServiceImpl.OPEN).setParameter("units", units)
                .setParameter("now", at).setMaxResults(500).getResultList().stream()
                .filter(t -> records.isInstalled(t.boardId())).map(records::toTicket).toList());
    }

    private TicketEntity ticketOfLeader(EntityManager em, long ticketId, Account leader) {
        TicketEntity ticket = records.find(em, ticketId);
        policy.require(leader, TicketPolicy.Action.SUPERVISE, records.toTicket(ticket));
        return ticket;
    }

    private static void requireLeader(Account account) {
        if (account == null || !account.isStaff() || !account.hasRole(Role.LEADER)) {
            throw FengqiaoException.forbidden("only leaders supervise and instruct");
        }
    }
}
