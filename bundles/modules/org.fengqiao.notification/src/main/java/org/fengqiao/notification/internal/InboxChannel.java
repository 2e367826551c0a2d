package org.fengqiao.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.fengqiao.notification.api.Inbox;
import org.fengqiao.notification.api.Notification;
import org.fengqiao.notification.api.NotificationChannel;
import org.fengqiao.notification.api.StoredNotification;
import org.fengqiao.persistence.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The in-app inbox: a channel that stores every notification for its recipient to read. */
@Component(service = { NotificationChannel.class, Inbox.class })
public class InboxChannel implements NotificationChannel, Inbox {

    private final NotificationDatabase db;

    @Activate
    public InboxChannel(@Reference NotificationDatabase db) {
        this.db = db;
    }

    @Override
    public String id() {
        return "inbox";
    }

    @Override
    public void deliver(Notification notification) {
        try {
            db.inTransaction(em -> {
                em.persist(new NotificationEntity(notification));
                return null;
            });
        } catch (RuntimeException e) {
            if (!Transactions.isDuplicateKey(e)) {
                throw e;
            }
            // the event was delivered before (at least once): this recipient has it already
        }
    }

    @Override
    public List<StoredNotification> list(long recipientId, boolean unreadOnly, int page, int size) {
        return db.inTransaction(em -> em.createQuery("SELECT n FROM NotificationEntity n WHERE n.recipientId = :r"
                + (unreadOnly ? " AND n.readAt IS NULL" : "") + " ORDER BY n.id DESC", NotificationEntity.class)
                .setParameter("r", recipientId).setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(NotificationEntity::toStored).toList());
    }

    @Override
    public long unreadCount(long recipientId) {
        return db.inTransaction(em -> em.createQuery("SELECT COUNT(n) FROM NotificationEntity n"
                + " WHERE n.recipientId = :r AND n.readAt IS NULL", Long.class).setParameter("r", recipientId)
                .getSingleResult());
    }

    @Override
    public boolean markRead(long recipientId, long notificationId) {
        return db.inTransaction(em -> {
            NotificationEntity n = em.find(NotificationEntity.class, notificationId);
            if (n == null || n.recipientId() != recipientId) {
                return false;
            }
            n.markRead(Instant.now());
            return true;
        });
    }

    @Override
    public int markAllRead(long recipientId) {
        // SQL, not JPQL: OpenJPA writes a bulk JPQL update on Derby as a subselect that scans the table
        return db.inTransaction(em -> em.createNativeQuery("UPDATE FQ_NOTIFICATION SET READ_AT = ?"
                + " WHERE RECIPIENT_ID = ? AND READ_AT IS NULL").setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, recipientId).executeUpdate());
    }
}
