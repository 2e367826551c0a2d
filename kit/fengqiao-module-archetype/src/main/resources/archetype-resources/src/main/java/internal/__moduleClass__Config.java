package ${package}.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The module's settings (configuration {@code ${package}}), with their defaults. The feature writes them to
 * {@code etc/${package}.cfg} at the first install; the city edits that file.
 */
@ObjectClassDefinition(name = "${moduleNameEn}", description = "Settings of the ${moduleId} module")
public @interface ${moduleClass}Config {

    @AttributeDefinition(description = "Longest title of an entry, in characters")
    int title_max_length() default 100;

    @AttributeDefinition(description = "Entries on one page of the public list")
    int page_size() default 20;
}
