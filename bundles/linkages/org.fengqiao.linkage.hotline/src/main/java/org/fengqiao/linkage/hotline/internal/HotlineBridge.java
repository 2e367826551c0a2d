package org.fengqiao.linkage.hotline.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.PersistenceException;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.ApiKey;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.ticketing.api.Contact;
import org.fengqiao.ticketing.api.NewTicket;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Takes 12345 hotline records in as tickets, once per hotline id, and tells their status. Configuration PID
 * {@value #PID}: {@code category.<hotline category> = <board>/<category>} and {@code default.category} (default
 * {@code livelihood/other}) for any other.
 */
@Component(service = HotlineBridge.class, configurationPid = HotlineBridge.PID)
@Designate(ocd = HotlineConfig.class)
public class HotlineBridge {

    static final String PID = "org.fengqiao.linkage.hotline";
    /** @param duplicate whether this hotline id had been delivered before (no new ticket was made) */
    record Intake(String hotlineId, long ticketId, boolean duplicate, String state, String status) {
    }

    record RecordStatus(String hotlineId, long ticketId, String board, String category, String state, String status,
            Instant receivedAt, Instant deadline, List<HotlineUpdate> updates) {
    }

    private final HotlineDatabase db;
    private final TicketService tickets;
    private final IdentityService identity;
    private volatile HotlineCategories categories;

    @Activate
    public HotlineBridge(@Reference HotlineDatabase db, @Reference TicketService tickets,
            @Reference IdentityService identity, HotlineConfig config, Map<String, Object> properties) {
        this.db = db;
        this.tickets = tickets;
        this.identity = identity;
        modified(config, properties);
    }

    @Modified
    void modified(HotlineConfig config, Map<String, Object> properties) {
        categories = new HotlineCategories(config, properties);
    }

    /** A record delivered by the hotline: a new ticket the first time, the same ticket on every repeat. */
    public Intake intake(ApiKey key, HotlineRecord r) {
        Instant deadline = r.validDeadline();
        String hotlineId = r.hotlineId().strip();
        Optional<Intake> earlier = existing(hotlineId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = Instant.now();
        HotlineRecordEntity claim = new HotlineRecordEntity(hotlineId, key.id(), blank(r.caller()), blank(r.phone()),
                r.address().strip(), r.category().strip(), deadline, now);
        try {
            db.inTransaction(em -> {
                em.persist(claim);
                em.flush();
                return null;
            });
        } catch (PersistenceException e) {
            // the same record arrived twice at once: the other delivery made the ticket
            return existing(hotlineId).orElseThrow(() -> new FengqiaoException(ErrorKind.CONFLICT,
                    "delivery_in_progress", "hotline record " + hotlineId + " is being taken in; repeat shortly"));
        }
        Ticket ticket;
        try {
            Account hotline = identity.account(key.accountId()).orElseThrow(() -> new IllegalStateException(
                    "the account of API key " + key.id() + " is gone"));
            HotlineCategories.Target target = categories.of(r.category());
            ticket = tickets.submit(hotline, new NewTicket(target.board(), target.category(), r.title(),
                    r.content().strip(), Map.of("address", r.address().strip()), null, deadline),
                    new Contact(blank(r.caller()), blank(r.phone()), null));
        } catch (RuntimeException e) {
            db.inTransaction(em -> {
                em.remove(em.find(HotlineRecordEntity.class, claimId(hotlineId)));
                return null;
            });
            throw e;
        }
        long ticketId = ticket.id();
        db.inTransaction(em -> {
            em.find(HotlineRecordEntity.class, claimId(hotlineId)).ticketId(ticketId);
            return null;
        });
        return new Intake(hotlineId, ticketId, false, ticket.state().code(),
                HotlineUpdate.status(ticket.state().code()));
    }

    private long claimId(String hotlineId) {
        return db.inTransaction(em -> em.createQuery("SELECT r.id FROM HotlineRecordEntity r WHERE r.hotlineId = :h",
                Long.class).setParameter("h", hotlineId).getSingleResult());
    }

    private Optional<Intake> existing(String hotlineId) {
        return find(hotlineId).filter(r -> r.ticketId() != null).map(r -> {
            String state = tickets.ticket(r.ticketId()).ticket().state().code();
            return new Intake(hotlineId, r.ticketId(), true, state, HotlineUpdate.status(state));
        });
    }

    private Optional<HotlineRecordEntity> find(String hotlineId) {
        return db.inTransaction(em -> em.createQuery("SELECT r FROM HotlineRecordEntity r WHERE r.hotlineId = :h",
                HotlineRecordEntity.class).setParameter("h", hotlineId).getResultList().stream().findFirst());
    }

    /** A record's ticket state now, with every status change reported for it. */
    public RecordStatus status(String hotlineId) {
        HotlineRecordEntity r = find(hotlineId).filter(x -> x.ticketId() != null).orElseThrow(() ->
                FengqiaoException.notFound("hotline_record_not_found", "no hotline record " + hotlineId));
        Ticket ticket = tickets.ticket(r.ticketId()).ticket();
        List<HotlineUpdate> updates = db.inTransaction(em -> em.createQuery("SELECT u FROM HotlineUpdateEntity u"
                + " WHERE u.hotlineId = :h ORDER BY u.id", HotlineUpdateEntity.class).setParameter("h", hotlineId)
                .getResultList().stream().map(HotlineUpdateEntity::toUpdate).toList());
        return new RecordStatus(hotlineId, ticket.id(), ticket.boardId(), ticket.category(), ticket.state().code(),
                HotlineUpdate.status(ticket.state().code()), r.receivedAt(), r.deadline(), updates);
    }

    /** Status changes of every record after update {@code since}, oldest first: the pull form of the callback. */
    public List<HotlineUpdate> updatesSince(long since, int limit) {
        return db.inTransaction(em -> em.createQuery("SELECT u FROM HotlineUpdateEntity u WHERE u.id > :since"
                + " ORDER BY u.id", HotlineUpdateEntity.class).setParameter("since", since).setMaxResults(limit)
                .getResultList().stream().map(HotlineUpdateEntity::toUpdate).toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
