package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.fengqiao.ticketing.api.TicketEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The outbox table and the listeners' cursors over it. */
@Component(service = OutboxStore.class)
public class OutboxStore {

    private final TicketingDatabase db;

    @Activate
    public OutboxStore(@Reference TicketingDatabase db) {
        this.db = db;
    }

    private static final String CURSOR = "SELECT LAST_EVENT_ID FROM FQ_EVENT_CURSOR WHERE LISTENER = ?";

    /** The last event this listener took; a new listener starts at the newest event written so far. */
    long cursor(String listener) {
        // read alone every round, without counting as a write (kept public answers stay valid)
        List<?> known = db.read(em -> em.createNativeQuery(CURSOR).setParameter(1, listener).getResultList());
        if (!known.isEmpty()) {
            return ((Number) known.get(0)).longValue();
        }
        return db.inBookkeepingTransaction(em -> {
            List<?> found = em.createNativeQuery(CURSOR).setParameter(1, listener).getResultList();
            if (!found.isEmpty()) {
                return ((Number) found.get(0)).longValue();
            }
            long start = newest(em);
            em.createNativeQuery("INSERT INTO FQ_EVENT_CURSOR (LISTENER, LAST_EVENT_ID, UPDATED_AT) VALUES (?, ?, ?)")
                    .setParameter(1, listener).setParameter(2, start).setParameter(3, Timestamp.from(Instant.now()))
                    .executeUpdate();
            return start;
        });
    }

    /** The id of the newest event written so far (0 when there is none). */
    long newest() {
        return db.read(OutboxStore::newest);
    }

    private static long newest(EntityManager em) {
        Number newest = (Number) em.createNativeQuery("SELECT MAX(ID) FROM FQ_TICKET_EVENT").getSingleResult();
        return newest == null ? 0 : newest.longValue();
    }

    /** Up to {@code limit} events after {@code eventId}, oldest first. */
    List<TicketEvent> after(long eventId, int limit) {
        return db.read(em -> em.createQuery(
                "SELECT e FROM OutboxEventEntity e WHERE e.id > :after ORDER BY e.id", OutboxEventEntity.class)
                .setParameter("after", eventId).setMaxResults(limit).getResultList().stream()
                .map(OutboxEventEntity::toEvent).toList());
    }

    void moveCursor(String listener, long eventId) {
        db.inBookkeepingTransaction(em -> em.createNativeQuery(
                "UPDATE FQ_EVENT_CURSOR SET LAST_EVENT_ID = ?, UPDATED_AT = ? WHERE LISTENER = ?")
                .setParameter(1, eventId).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, listener)
                .executeUpdate());
    }

    /** Deletes events older than {@code before} that every known listener has taken. */
    int deleteDelivered(Timestamp before) {
        return db.inBookkeepingTransaction(em -> {
            Number slowest = (Number) em.createNativeQuery("SELECT MIN(LAST_EVENT_ID) FROM FQ_EVENT_CURSOR")
                    .getSingleResult();
            if (slowest == null) {
                return 0;
            }
            return em.createNativeQuery("DELETE FROM FQ_TICKET_EVENT WHERE ID <= ? AND OCCURRED_AT < ?")
                    .setParameter(1, slowest.longValue()).setParameter(2, before).executeUpdate();
        });
    }

}
