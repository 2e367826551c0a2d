package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class TicketRoutingTest {

    static TicketingConfig config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(TicketingConfig.class);
    }

    private static TicketRouting routing(Map<String, Object> properties) {
        return new TicketRouting(config(properties), properties);
    }

    @Test
    void mostSpecificKeyWins() {
        TicketRouting routing = routing(Map.of("routing.default", "bureau", "routing.traffic", "p1",
                "routing.traffic.road_problem", "p2", "routing.complaints", "discipline"));
        assertEquals(Optional.of("p2"), routing.unitFor("traffic", "road_problem"));
        assertEquals(Optional.of("p1"), routing.unitFor("traffic", "violation"));
        assertEquals(Optional.of("bureau"), routing.unitFor("household", "id_card"));
        assertEquals(Optional.of("discipline"), routing.complaintUnit());
        assertEquals(Optional.empty(), routing(Map.of()).unitFor("household", "id_card"));
        assertEquals(Optional.empty(), routing(Map.of("routing.default", "  ")).unitFor("household", "id_card"));
    }

    @Test
    void typedSettingsHaveTheirDefaults() {
        TicketingConfig config = config(Map.of());
        assertEquals("P1D", config.escalation_interval());
        assertEquals("Asia/Shanghai", config.stats_zone());
    }
}
