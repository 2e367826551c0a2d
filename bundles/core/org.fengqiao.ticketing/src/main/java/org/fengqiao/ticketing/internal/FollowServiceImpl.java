package org.fengqiao.ticketing.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.fengqiao.identity.api.Account;
import org.fengqiao.ticketing.api.FollowService;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Following tickets; following is idempotent, and only readable tickets can be followed. */
@Component(service = FollowService.class)
public class FollowServiceImpl implements FollowService {

    private final TicketingDatabase db;
    private final TicketRecords records;
    private final TicketService tickets;

    @Activate
    public FollowServiceImpl(@Reference TicketingDatabase db, @Reference TicketRecords records,
            @Reference TicketService tickets) {
        this.db = db;
        this.records = records;
        this.tickets = tickets;
    }

    @Override
    public void follow(long ticketId, Account account) {
        tickets.ticket(ticketId, account);
        db.inTransaction(em -> {
            if (em.find(FollowEntity.class, new FollowEntity.Key(ticketId, account.id())) == null) {
                em.persist(new FollowEntity(ticketId, account.id(), Instant.now()));
            }
            return null;
        });
    }

    @Override
    public void unfollow(long ticketId, Account account) {
        tickets.ticket(ticketId, account);
        db.inTransaction(em -> {
            FollowEntity follow = em.find(FollowEntity.class, new FollowEntity.Key(ticketId, account.id()));
            if (follow != null) {
                em.remove(follow);
            }
            return null;
        });
    }

    @Override
    public Set<Long> interested(long ticketId) {
        return db.inTransaction(em -> {
            TicketEntity entity = records.find(em, ticketId);
            Ticket ticket = records.toTicket(entity);
            Set<Long> ids = new LinkedHashSet<>();
            ids.add(ticket.authorId());
            // the person a complaint is about is not told of its handling
            if (ticket.addresseeId() != null && !entity.isComplaint()) {
                ids.add(ticket.addresseeId());
            }
            if (ticket.assigneeId() != null) {
                ids.add(ticket.assigneeId());
            }
            ids.addAll(em.createQuery("SELECT f.accountId FROM FollowEntity f WHERE f.ticketId = :id", Long.class)
                    .setParameter("id", ticketId).getResultList());
            return ids;
        });
    }
}
