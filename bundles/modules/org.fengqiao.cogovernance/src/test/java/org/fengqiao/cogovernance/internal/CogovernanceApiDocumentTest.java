package org.fengqiao.cogovernance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.fengqiao.rest.api.OpenApiOperations;
import org.junit.jupiter.api.Test;

/** This module's part of the OpenAPI document lists exactly the operations its resources implement. */
class CogovernanceApiDocumentTest {

    @Test
    void documentMatchesTheResources() {
        Set<String> implemented = new TreeSet<>();
        implemented.addAll(OpenApiOperations.implemented("teams", TeamResource.class));
        implemented.addAll(OpenApiOperations.implemented("handoffs", HandoffResource.class));
        implemented.addAll(OpenApiOperations.implemented("meetings", MeetingResource.class));
        assertEquals(implemented, OpenApiOperations.documented(OpenApiOperations.read(
                CogovernanceApiDescription.class, CogovernanceApiDescription.DOCUMENT)));
    }
}
