package org.fengqiao.ticketing.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One public step of a ticket: its creation, a reply, a state change, the rating, or a step a module recorded.
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

    /**
     * What a step is. Ticketing's own kinds are single words ({@code reply}); a module's kinds are its name, a dot and
     * the step ({@code linkage.dispatched}), declared and labelled by the module's {@link TimelineSteps}.
     */
    public record Kind(String code) {

        private static final Pattern CORE_CODE = Pattern.compile("[a-z][a-z_]{0,39}");
        private static final Pattern MODULE_CODE = Pattern.compile("[a-z][a-z0-9_]{0,29}\\.[a-z][a-z_]{0,39}");

        public static final Kind CREATED = new Kind("created");
        public static final Kind REPLY = new Kind("reply");
        public static final Kind TRANSITION = new Kind("transition");
        public static final Kind RATING = new Kind("rating");
        public static final Kind HIDDEN = new Kind("hidden");
        public static final Kind ESCALATED = new Kind("escalated");
        public static final Kind SUPERVISED = new Kind("supervised");
        public static final Kind INSTRUCTION = new Kind("instruction");
        public static final Kind ACKNOWLEDGED = new Kind("acknowledged");
        public static final Kind ALERTED = new Kind("alerted");
        public static final Kind ORDERED = new Kind("ordered");
        public static final Kind STATEMENT = new Kind("statement");

        /** Ticketing's own kinds, which only ticketing records. */
        public static final List<Kind> CORE = List.of(CREATED, REPLY, TRANSITION, RATING, HIDDEN, ESCALATED,
                SUPERVISED, INSTRUCTION, ACKNOWLEDGED, ALERTED, ORDERED, STATEMENT);

        public Kind {
            Objects.requireNonNull(code, "code");
            if (!CORE_CODE.matcher(code).matches() && !MODULE_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("not a timeline kind: '" + code
                        + "' (a word, or module.step in lower case)");
            }
        }

        /** A module's step kind, e.g. {@code Kind.of("linkage", "dispatched")}. */
        public static Kind of(String module, String step) {
            return new Kind(module + "." + step);
        }

        /** The module that owns this kind, or {@code null} for ticketing's own. */
        public String module() {
            int dot = code.indexOf('.');
            return dot < 0 ? null : code.substring(0, dot);
        }

        @Override
        public String toString() {
            return code;
        }
    }
}
