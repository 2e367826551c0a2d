package org.fengqiao.notification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.fengqiao.rest.api.OpenApiOperations;
import org.junit.jupiter.api.Test;

/** This module's part of the OpenAPI document lists exactly the operations its resources implement. */
class NotificationApiDocumentTest {

    @Test
    void documentMatchesTheResources() {
        Set<String> implemented = new TreeSet<>();
        implemented.addAll(OpenApiOperations.implemented("me/notifications", NotificationResource.class));
        implemented.addAll(OpenApiOperations.implemented("events", EventStreamResource.class));
        assertEquals(implemented, OpenApiOperations.documented(OpenApiOperations.read(NotificationApiDescription.class, NotificationApiDescription.DOCUMENT)));
    }
}
