package org.fengqiao.open311.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of {@code org.fengqiao.open311}, the GeoReport v2 server at {@code /open311/v2} (Q5). */
@ObjectClassDefinition(name = "Fengqiao Open311 server", description = "The GeoReport v2 server at /open311/v2")
public @interface Open311Config {

    @AttributeDefinition(name = "Jurisdiction", required = false,
            description = "This city's jurisdiction_id; requests naming another get 404")
    String jurisdiction__id() default "";

    @AttributeDefinition(name = "Contact", required = false,
            description = "Shown in discovery: who answers questions about this endpoint")
    String contact() default "";

    @AttributeDefinition(name = "Key service", required = false,
            description = "Shown in discovery: where clients ask for an api_key")
    String key__service() default "";

    @AttributeDefinition(name = "Time zone", description = "Zone of the datetimes served")
    String timezone() default "Asia/Shanghai";
}
