package org.fengqiao.notification.api;

import java.time.Instant;

/**
 * A change of a ticket, told to one person.
 *
 * @param kind what happened: created, reply, transition, rating, hidden, escalated, supervised, instruction,
 *        acknowledged
 * @param message a short bilingual text for the person
 * @param eventId the ticket event it tells of: a channel that may see it twice keys on it with the recipient
 */
public record Notification(long recipientId, long ticketId, String kind, String message, Instant at, long eventId) {
}
