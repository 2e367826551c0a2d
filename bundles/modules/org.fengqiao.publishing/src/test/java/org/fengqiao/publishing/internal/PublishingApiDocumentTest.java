package org.fengqiao.publishing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.fengqiao.rest.api.OpenApiOperations;
import org.junit.jupiter.api.Test;

/** This module's part of the OpenAPI document lists exactly the operations its resources implement. */
class PublishingApiDocumentTest {

    @Test
    void documentMatchesTheResources() {
        Set<String> implemented = new TreeSet<>();
        implemented.addAll(OpenApiOperations.implemented("articles", ArticleResource.class));
        assertEquals(implemented, OpenApiOperations.documented(OpenApiOperations.read(PublishingApiDescription.class, PublishingApiDescription.DOCUMENT)));
    }
}
