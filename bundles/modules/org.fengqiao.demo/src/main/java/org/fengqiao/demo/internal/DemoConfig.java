package org.fengqiao.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** {@code org.fengqiao.demo}: its presence loads the demo data once; never on a production instance. */
@ObjectClassDefinition(name = "Fengqiao demo data", description = "Loads demo accounts and tickets once")
public @interface DemoConfig {

    @AttributeDefinition(name = "Profile", options = @Option(value = "baotou", label = "Baotou (包头)"),
            description = "Which city's demo data to load")
    String profile() default "baotou";
}
