package org.fengqiao.ticketing.api;

import java.time.Instant;

/**
 * One public step of a ticket: its creation, a reply, a state change or the rating.
 *
 * @param action the transition's action, {@code null} for other kinds
 * @param actorName the real name for staff, the display name for citizens
 * @param actorUnitCode the staff member's unit, {@code null} for citizens
 * @param actorBadge the answering role shown with the reply on boards that have one (lawyer, deputy), or
 *        {@code null}
 */
public record TimelineEntry(long id, long ticketId, Kind kind, TicketAction action, TicketState fromState,
        TicketState toState, String body, long actorId, String actorName, boolean actorStaff, String actorUnitCode,
        String actorBadge, Instant at) {

    public enum Kind {
        CREATED, REPLY, TRANSITION, RATING, HIDDEN, ESCALATED, SUPERVISED, INSTRUCTION, ACKNOWLEDGED, ALERTED,
        ORDERED, STATEMENT,
        /** Department linkage (P8): a department task was created, accepted, answered, refused or sent back. */
        DISPATCHED, DEPARTMENT_ACCEPTED, DEPARTMENT_FEEDBACK, DEPARTMENT_REJECTED, SENT_BACK;

        /** Steps that modules outside ticketing record through {@link TicketService#recordStep}. */
        public static final java.util.Set<Kind> RECORDABLE = java.util.EnumSet.of(DISPATCHED, DEPARTMENT_ACCEPTED,
                DEPARTMENT_FEEDBACK, DEPARTMENT_REJECTED, SENT_BACK, ESCALATED);

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
