package org.fengqiao.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fengqiao.notification.api.Notification;
import org.fengqiao.notification.api.StoredNotification;

@Entity
@Table(name = "FQ_NOTIFICATION")
public class NotificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "RECIPIENT_ID")
    private long recipientId;
    @Column(name = "TICKET_ID")
    private long ticketId;
    @Column(name = "EVENT_KIND")
    private String kind;
    @Column(name = "MESSAGE")
    private String message;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "READ_AT")
    private Timestamp readAt;
    @Column(name = "EVENT_ID")
    private Long eventId;

    protected NotificationEntity() {
    }

    NotificationEntity(Notification n) {
        this.recipientId = n.recipientId();
        this.ticketId = n.ticketId();
        this.kind = n.kind();
        this.message = n.message().length() > 500 ? n.message().substring(0, 499) + "…" : n.message();
        this.createdAt = Timestamp.from(n.at());
        this.eventId = n.eventId();
    }

    long recipientId() {
        return recipientId;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = Timestamp.from(now);
        }
    }

    StoredNotification toStored() {
        return new StoredNotification(id, ticketId, kind, message, createdAt.toInstant(),
                readAt == null ? null : readAt.toInstant());
    }
}
