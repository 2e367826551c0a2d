package org.fengqiao.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The city's settings for its web pages ({@code etc/org.fengqiao.web.cfg}). */
@ObjectClassDefinition(name = "Fengqiao web pages", description = "The citizen portal, the staff console and the pages modules bring")
public @interface WebSettings {

    String PID = "org.fengqiao.web";

    @AttributeDefinition(name = "City name (Chinese)")
    String city_name_zh() default "包头市";

    @AttributeDefinition(name = "City name (English)")
    String city_name_en() default "Baotou";

    @AttributeDefinition(name = "Time zone", description = "Dates and times on every page are shown in this zone")
    String zone() default "Asia/Shanghai";

    @AttributeDefinition(name = "Default language", description = "zh or en; each visitor may switch, and the choice is remembered")
    String default_language() default "zh";

    @AttributeDefinition(name = "Protected features", description = "Features an administrator may not uninstall from the console")
    String[] protected_features() default { "fengqiao-core", "fengqiao-rest-api", "fengqiao-rest", "fengqiao-web",
            "fengqiao-liquibase", "fengqiao-derby", "fengqiao-postgresql", "fengqiao-shell" };
}
