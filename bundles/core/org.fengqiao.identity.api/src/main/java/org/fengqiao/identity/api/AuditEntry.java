package org.fengqiao.identity.api;

import java.time.Instant;

/**
 * One line of the audit log (Q3): who changed what, or which staff member read whose personal data.
 *
 * @param id the line's number, {@code null} until appended
 * @param sourceKey what produced the line, unique (e.g. {@code ticket-event:42}): appending it again does nothing,
 *        so a change delivered twice is logged once; {@code null} when nothing can repeat it
 * @param actorId who acted ({@code 0}: the system)
 * @param action what was done, e.g. {@code ticket.reply}, {@code account.staff_created}, {@code personal_data.read}
 * @param subjectType the kind of thing acted on ({@code ticket}, {@code account}, {@code api_key} …)
 * @param versionBefore the subject's version before the change, or {@code null}
 * @param versionAfter the subject's version after the change, or {@code null}
 * @param detail a short note (what was read, the new state), never a secret or the personal data itself
 */
public record AuditEntry(Long id, String sourceKey, Instant at, long actorId, String actorName, String action,
        String subjectType, String subjectId, Integer versionBefore, Integer versionAfter, String detail) {

    /** A line to append now. */
    public static AuditEntry of(Account actor, String action, String subjectType, String subjectId, String detail) {
        return new AuditEntry(null, null, Instant.now(), actor == null ? 0 : actor.id(),
                actor == null ? "system" : actor.publicName(), action, subjectType, subjectId, null, null, detail);
    }
}
