package org.fengqiao.linkage.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of {@code org.fengqiao.linkage} (P8). Besides these fields the file holds the classification rules,
 * one key per category: {@code classify.<board>.<category> = <linkage>/<category>} and
 * {@code keywords.<linkage>.<category> = word, word}.
 */
@ObjectClassDefinition(name = "Fengqiao department linkage", description = "Department tasks: timing, and the"
        + " classification rules besides these fields: classify.<board>.<category> = <linkage>/<category>;"
        + " keywords.<linkage>.<category> = comma-separated words.")
public @interface LinkageConfig {

    @AttributeDefinition(name = "Escalation interval",
            description = "ISO-8601: an overdue department task moves up one level at most this often")
    String escalation_interval() default "P1D";

    @AttributeDefinition(name = "Open311 timeout",
            description = "ISO-8601: how long to wait for a department's Open311 system")
    String open311_timeout() default "PT10S";
}
