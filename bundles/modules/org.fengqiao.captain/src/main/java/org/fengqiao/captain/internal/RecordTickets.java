package org.fengqiao.captain.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.captain.api.FieldRecord;
import org.fengqiao.captain.api.FieldRecordKind;
import org.fengqiao.captain.api.RecordTicket;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.ticketing.api.NewTicket;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns stored records into tickets (a hazard on the fire-safety board, a clue a tip-off), posted by their captain
 * through the ticketing API. A record is claimed first, so that the sync and the sweep never post it twice; a claim
 * that did not end in a ticket (the node stopped, the board was away) is taken again after {@link #CLAIM}.
 */
@Component(service = RecordTickets.class)
public class RecordTickets {

    static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(RecordTickets.class);

    private final CaptainDatabase db;
    private final RecordKinds kinds;
    private final TicketService tickets;
    private final IdentityService identity;

    @Activate
    public RecordTickets(@Reference CaptainDatabase db, @Reference RecordKinds kinds, @Reference TicketService tickets,
            @Reference IdentityService identity) {
        this.db = db;
        this.kinds = kinds;
        this.tickets = tickets;
        this.identity = identity;
    }

    /** Posts the ticket of a record that waits for one, if nobody else is doing it; its id, or empty. */
    Optional<Long> post(UUID recordId) {
        Instant now = Instant.now();
        int claimed = db.inTransaction(em -> em.createNativeQuery("UPDATE FQ_CAP_RECORD SET TICKET_CLAIMED_AT = ?"
                + " WHERE ID = ? AND TICKET_PENDING = TRUE AND (TICKET_CLAIMED_AT IS NULL OR TICKET_CLAIMED_AT < ?)")
                .setParameter(1, Timestamp.from(now)).setParameter(2, recordId.toString())
                .setParameter(3, Timestamp.from(now.minus(CLAIM))).executeUpdate());
        if (claimed == 0) {
            return Optional.empty();
        }
        FieldRecord record = db.read(em -> {
            FieldRecordEntity r = em.find(FieldRecordEntity.class, recordId.toString());
            return r.toRecord(r.addressId() == null ? null : em.find(AddressEntity.class, r.addressId()));
        });
        Optional<FieldRecordKind> kind = kinds.kind(record.kind());
        Optional<Account> captain = identity.account(record.captainAccountId());
        if (kind.isEmpty() || captain.isEmpty()) {
            return Optional.empty(); // the claim lapses; the sweep tries again once the kind is back
        }
        Optional<RecordTicket> wanted = kind.get().ticket(record);
        try {
            Long ticketId = wanted.map(t -> submit(captain.get(), t).id()).orElse(null);
            db.inTransaction(em -> {
                FieldRecordEntity r = em.find(FieldRecordEntity.class, recordId.toString());
                if (ticketId == null) {
                    r.noTicket();
                } else {
                    r.ticket(ticketId);
                }
                return null;
            });
            return Optional.ofNullable(ticketId);
        } catch (FengqiaoException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                LOG.warn("Record {}: {}; its ticket is posted when that is back", recordId, e.getMessage());
                return Optional.empty();
            }
            LOG.error("Record {} of kind {} cannot become a ticket ({}: {} {}); it stays without one", recordId,
                    record.kind(), e.code(), e.getMessage(), e.problems());
            db.inTransaction(em -> {
                em.find(FieldRecordEntity.class, recordId.toString()).noTicket();
                return null;
            });
            return Optional.empty();
        }
    }

    Ticket submit(Account captain, RecordTicket t) {
        return tickets.submit(captain, new NewTicket(t.boardId(), t.category(), t.title(), t.body(), t.fields(), null));
    }

    /** Records still waiting for their ticket whose claim lapsed (or that nobody claimed): the sweep's work. */
    @SuppressWarnings("unchecked")
    List<UUID> waiting() {
        Timestamp lapsed = Timestamp.from(Instant.now().minus(CLAIM));
        List<Object> ids = db.read(em -> em.createNativeQuery("SELECT ID FROM FQ_CAP_RECORD WHERE TICKET_PENDING = TRUE"
                + " AND (TICKET_CLAIMED_AT IS NULL OR TICKET_CLAIMED_AT < ?)").setParameter(1, lapsed)
                .setMaxResults(500).getResultList());
        return ids.stream().map(id -> UUID.fromString(id.toString())).toList();
    }
}
