package org.fengqiao.linkage.hotline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of {@code org.fengqiao.linkage.hotline} (P8). Besides these fields the file maps hotline categories:
 * {@code category.<hotline category> = <board>/<category>}.
 */
@ObjectClassDefinition(name = "Fengqiao 12345 hotline bridge", description = "Where hotline records are filed and"
        + " where status changes go. Besides these fields: category.<hotline category> = <board>/<category>.")
public @interface HotlineConfig {

    @AttributeDefinition(name = "Default category",
            description = "<board>/<category> for hotline categories no category.<code> line names")
    String default_category() default "livelihood/other";

    @AttributeDefinition(name = "Callback URL", required = false,
            description = "Where status changes are POSTed as JSON; empty: only the pull feed /hotline/v1/updates")
    String callback_url() default "";

    @AttributeDefinition(name = "Callback API key", required = false, type = AttributeType.PASSWORD,
            description = "Sent as X-Api-Key with each callback")
    String callback_api__key() default "";
}
