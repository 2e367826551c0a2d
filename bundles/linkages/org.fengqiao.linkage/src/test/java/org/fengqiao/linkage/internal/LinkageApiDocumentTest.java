package org.fengqiao.linkage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.fengqiao.rest.api.OpenApiOperations;
import org.junit.jupiter.api.Test;

/** This module's part of the OpenAPI document lists exactly the operations its resources implement. */
class LinkageApiDocumentTest {

    @Test
    void documentMatchesTheResources() {
        Set<String> implemented = new TreeSet<>();
        implemented.addAll(OpenApiOperations.implemented("dispatches", DispatchResource.class));
        implemented.addAll(OpenApiOperations.implemented("linkages", LinkageResource.class));
        assertEquals(implemented, OpenApiOperations.documented(OpenApiOperations.read(LinkageApiDescription.class, LinkageApiDescription.DOCUMENT)));
    }
}
