package org.fengqiao.captain.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code org.fengqiao.captain}: who may be a captain, where requests and alerts go, the early-warning thresholds and
 * the assessment weights. Besides these fields the file holds the visit workflows ({@code workflow.*},
 * {@code step.*}, {@code role.*}, see {@link VisitWorkflows}) and the points of each record kind
 * ({@code points.<kind> = n}).
 */
@ObjectClassDefinition(name = "Fengqiao building captains", description = "Captains, field records, early warning,"
        + " assessment. Also: workflow.<kind> = step, step …; step.<code>.zh/.en/.role/.required; role.<code>.zh/.en;"
        + " points.<kind> = n")
public @interface CaptainConfig {

    @AttributeDefinition(name = "Captain roles", description = "Role codes whose staff may be appointed captain")
    String[] captain_roles() default { "officer" };

    @AttributeDefinition(name = "Request board", description = "Board of a request a citizen raises with their captain,"
            + " unless the request names another")
    String request_board() default "household";

    @AttributeDefinition(name = "Request category")
    String request_category() default "general";

    @AttributeDefinition(name = "Alert board", description = "Board of the ticket opened for an alert whose record"
            + " became no ticket (a confidential board)")
    String alert_board() default "tipoff";

    @AttributeDefinition(name = "Alert category")
    String alert_category() default "public_order";

    @AttributeDefinition(name = "Early-warning rules", description = "Built-in rules that are on: severe_hazard,"
            + " unregistered_tenants, clue, hazard_overdue. Rules of plugins are on unless listed in disabled_rules")
    String[] alert_rules() default { "severe_hazard", "unregistered_tenants", "clue", "hazard_overdue" };

    @AttributeDefinition(name = "Disabled plugin rules")
    String[] disabled_rules() default {};

    @AttributeDefinition(name = "Unregistered tenants", description = "An alert when more people than this live at a"
            + " door without registered residence")
    int unregistered_tenants_threshold() default 2;

    @AttributeDefinition(name = "Hazard deadline, minor", description = "ISO-8601: a minor hazard's ticket must be"
            + " resolved within this time of the inspection, or the precinct is alerted")
    String hazard_deadline_minor() default "P30D";

    @AttributeDefinition(name = "Hazard deadline, major")
    String hazard_deadline_major() default "P7D";

    @AttributeDefinition(name = "Hazard deadline, severe")
    String hazard_deadline_severe() default "P2D";

    @AttributeDefinition(name = "Points per rating star", description = "A month's average rating times this")
    int points_per_star() default 4;

    @AttributeDefinition(name = "Points per request resolved in time")
    int points_request_in_time() default 3;

    @AttributeDefinition(name = "Records per sync", description = "The most records one sync request may carry")
    int max_records_per_sync() default 500;

    @AttributeDefinition(name = "Syncs at once", description = "Sync requests stored at the same time; more wait"
            + " (their writes take turns anyway, and a waiting request holds no database connection)")
    int max_concurrent_syncs() default 4;

    @AttributeDefinition(name = "Sync wait", description = "ISO-8601: how long a sync request waits for its turn"
            + " before it is answered 503 with Retry-After (the device sends it again; nothing was stored)")
    String sync_wait() default "PT20S";

    @AttributeDefinition(name = "Attachment size", description = "The largest attachment in bytes")
    long max_attachment_bytes() default 10L * 1024 * 1024;
}
