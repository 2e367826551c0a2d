package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TicketRoutingTest {

    @Test
    void mostSpecificKeyWins() {
        TicketRouting routing = new TicketRouting(Map.of("routing.default", "bureau", "routing.traffic", "p1",
                "routing.traffic.road_problem", "p2"));
        assertEquals(Optional.of("p2"), routing.unitFor("traffic", "road_problem"));
        assertEquals(Optional.of("p1"), routing.unitFor("traffic", "violation"));
        assertEquals(Optional.of("bureau"), routing.unitFor("household", "id_card"));
        assertEquals(Optional.empty(), new TicketRouting(Map.of()).unitFor("household", "id_card"));
    }
}
