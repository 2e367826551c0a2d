package org.fengqiao.notification.api;

import java.time.Instant;

/** A notification in a person's in-app inbox. */
public record StoredNotification(long id, long ticketId, String kind, String message, Instant at, Instant readAt) {
}
