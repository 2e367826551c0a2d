package org.fengqiao.notification.api;

import java.util.List;

/** A person's in-app inbox, newest first. */
public interface Inbox {

    List<StoredNotification> list(long recipientId, boolean unreadOnly, int page, int size);

    long unreadCount(long recipientId);

    /** Marks one notification read; {@code false} if the recipient has no such notification. */
    boolean markRead(long recipientId, long notificationId);

    int markAllRead(long recipientId);
}
