package org.fengqiao.itests;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The Open311 organisation's published GeoReport v2 JSON schemas (repository open311/schema-validation, folder
 * schema/georeport-v2, kept under src/test/resources/open311/georeport-v2), checked with networknt's validator. The
 * schemas refer to each other by relative name, so they are given a base address that maps to the classpath.
 */
final class GeoReportSchemas {

    private static final String BASE = "https://schemas.open311.test/georeport-v2/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:open311/georeport-v2/")));

    private GeoReportSchemas() {
    }

    /** The violations of {@code answer} against the named schema ({@code services}, {@code requests} …). */
    static List<String> violations(String schemaName, JsonNode answer) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + schemaName + ".json"));
        return schema.validate(answer).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
