package org.fengqiao.captain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.fengqiao.rest.api.OpenApiOperations;
import org.junit.jupiter.api.Test;

/** This module's part of the OpenAPI document lists exactly the operations its resources implement. */
class CaptainApiDocumentTest {

    @Test
    void documentMatchesTheResources() {
        Set<String> implemented = new TreeSet<>();
        implemented.addAll(OpenApiOperations.implemented("captains", CaptainResource.class));
        implemented.addAll(OpenApiOperations.implemented("field", FieldResource.class));
        implemented.addAll(OpenApiOperations.implemented("alerts", AlertResource.class));
        implemented.addAll(OpenApiOperations.implemented("addresses", AddressResource.class));
        assertEquals(implemented, OpenApiOperations.documented(OpenApiOperations.read(CaptainApiDescription.class,
                CaptainApiDescription.DOCUMENT)));
    }
}
