package org.fengqiao.linkage.api;

/**
 * The typed settings of a linkage's file {@code org.fengqiao.linkage.<id>.cfg} (see
 * {@link DepartmentLinkage#PID_PREFIX}), as a component property type: a linkage component takes it in its activate
 * and modified methods and passes it to {@link SimpleLinkage#configure}. The linkage module publishes the metatype of
 * each linkage's file (these fields and one {@code open311.service_code.<category>} per category).
 */
public @interface DeliveryConfig {

    /** {@code in_app}: the department's staff work tasks in Fengqiao; {@code open311}: its own system gets them. */
    String delivery() default "in_app";

    /** The department's GeoReport v2 base URL (http or https), for open311. */
    String open311_endpoint() default "";

    /** The key the department issued to Fengqiao, for open311. */
    String open311_api__key() default "";

    /** Sent with every call when set. */
    String open311_jurisdiction__id() default "";

    /** {@code address_string} for tickets with no address of their own. */
    String open311_address() default "";
}
