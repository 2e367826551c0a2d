package org.fengqiao.ticketing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of {@code org.fengqiao.ticketing} (C4, P5, P11). Besides these fields the file holds two rule
 * families, one key per board or category: {@code routing.<board>[.<category>] = <unit>} and
 * {@code deadline.<board>[.<category>].first-response|resolution = <ISO-8601 duration>}.
 */
@ObjectClassDefinition(name = "Fengqiao ticketing", description = "Routing of new posts to units, deadlines,"
        + " escalation and the emergency fast path. Rule families besides these fields:"
        + " routing.<board>[.<category>] = <unit code>;"
        + " deadline.<board>[.<category>].first-response|resolution = <ISO-8601 duration>.")
public @interface TicketingConfig {

    @AttributeDefinition(name = "Default unit", required = false,
            description = "Unit code for posts no routing.<board>[.<category>] rule names")
    String routing_default() default "";

    @AttributeDefinition(name = "Complaints unit", required = false,
            description = "The supervision unit that receives complaints about named staff (P4)")
    String routing_complaints() default "";

    @AttributeDefinition(name = "Emergency unit", required = false,
            description = "The command centre: all its staff are alerted at once on an emergency (P11)")
    String emergency_unit() default "";

    @AttributeDefinition(name = "Emergency keywords", required = false,
            description = "Words, separated by commas (, or ，), that make any post an emergency")
    String emergency_keywords() default "";

    @AttributeDefinition(name = "Escalation interval",
            description = "ISO-8601 duration an escalated ticket waits before it may escalate again")
    String escalation_interval() default "P1D";

    @AttributeDefinition(name = "Statistics time zone", description = "Zone of the calendar days of the figures")
    String stats_zone() default "Asia/Shanghai";
}
