package org.fengqiao.cogovernance.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code org.fengqiao.cogovernance}: the team roles, meeting kinds, hand-off deadlines and where action items go.
 * Besides these fields the file names each role ({@code role.<code>.zh/.en}, {@code role.<code>.convene = true}) and
 * each meeting kind ({@code meeting.<kind>.zh/.en}), and gives action items' field values
 * ({@code action.field.<code> = value}, where {@code {community}} stands for the team's community name).
 */
@ObjectClassDefinition(name = "Fengqiao five-in-one co-governance", description = "Teams, hand-offs, joint meetings."
        + " Also: role.<code>.zh/.en/.convene; meeting.<kind>.zh/.en; action.field.<code> = value")
public @interface CogovernanceConfig {

    @AttributeDefinition(name = "Team roles", description = "Role codes of a team, in order")
    String[] roles() default { "captain", "police", "committee", "property", "grid" };

    @AttributeDefinition(name = "Meeting kinds")
    String[] meeting_kinds() default { "joint" };

    @AttributeDefinition(name = "Acceptance deadline", description = "ISO-8601: a hand-off without acceptBy must be"
            + " accepted, declined or handed on within this time")
    String handoff_accept_within() default "P2D";

    @AttributeDefinition(name = "Escalation interval", description = "ISO-8601: an overdue hand-off moves one level up"
            + " the organisation tree, and again after this time if still overdue")
    String escalation_interval() default "P1D";

    @AttributeDefinition(name = "Action board", description = "Board of the ticket a meeting's decision becomes")
    String action_board() default "livelihood";

    @AttributeDefinition(name = "Action category")
    String action_category() default "other";

    @AttributeDefinition(name = "Meeting length", description = "ISO-8601: how long a meeting lasts when endsAt is not"
            + " given")
    String meeting_length() default "PT2H";
}
