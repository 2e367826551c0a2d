package org.fengqiao.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fengqiao.rest.api.OpenApiOperations;
import org.junit.jupiter.api.Test;

/** The hand-maintained OpenAPI document of the core lists exactly the operations the core resources implement. */
class OpenApiDocumentTest {

    @Test
    void documentMatchesTheResources() {
        assertEquals(OpenApiOperations.implemented("", AuthResource.class, DirectoryResource.class,
                BoardResource.class, TicketResource.class, HealthResource.class, OpenApiResource.class,
                FlagResource.class, SupervisionResource.class, WorkQueueResource.class, MyTicketsResource.class, StatementResource.class, StatsResource.class,
                ApiKeyResource.class, SessionResource.class, AuditResource.class),
                OpenApiOperations.documented(OpenApiOperations.read(OpenApiResource.class,
                        OpenApiResource.DOCUMENT)));
    }
}
