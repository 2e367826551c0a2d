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
        assertEquals(Optional.of("p2"), routing.unitFor("traffic", "road_problem", Map.of()));
        assertEquals(Optional.of("p1"), routing.unitFor("traffic", "violation", Map.of()));
        assertEquals(Optional.of("bureau"), routing.unitFor("household", "id_card", Map.of()));
        assertEquals(Optional.of("discipline"), routing.complaintUnit());
        assertEquals(Optional.empty(), routing(Map.of()).unitFor("household", "id_card", Map.of()));
        assertEquals(Optional.empty(), routing(Map.of("routing.default", "  ")).unitFor("household", "id_card", Map.of()));
    }

    @Test
    void aPluginsOwnRoutingComesAfterTheCitysAndBeforeTheDefault() {
        Map<String, Object> plugin = Map.of("routing", "precinct", "routing.vaccination", "clinic");
        TicketRouting routing = routing(Map.of("routing.default", "bureau"));
        assertEquals(Optional.of("clinic"), routing.unitFor("pets", "vaccination", plugin));
        assertEquals(Optional.of("precinct"), routing.unitFor("pets", "lost", plugin));
        assertEquals(Optional.of("bureau"), routing.unitFor("pets", "lost", Map.of()));
        TicketRouting city = routing(Map.of("routing.default", "bureau", "routing.pets", "city-unit"));
        assertEquals(Optional.of("city-unit"), city.unitFor("pets", "vaccination", plugin));
    }

    @Test
    void aPluginsOwnDeadlinesComeAfterTheCitysAndBeforeTheCategorys() {
        org.fengqiao.board.api.Category lost = org.fengqiao.board.api.Category.of("lost", "走失", "Lost",
                java.time.Duration.ofHours(4), java.time.Duration.ofDays(3));
        Map<String, Object> plugin = Map.of("deadline.first-response", "PT2H", "deadline.lost.resolution", "P1D");
        DeadlinePolicy none = new DeadlinePolicy(Map.of());
        assertEquals(java.time.Duration.ofHours(2), none.firstResponse("pets", plugin, lost));
        assertEquals(java.time.Duration.ofDays(1), none.resolution("pets", plugin, lost));
        assertEquals(java.time.Duration.ofHours(4), none.firstResponse("pets", Map.of(), lost));
        assertEquals(java.time.Duration.ofDays(1), none.resolution("pets", Map.of("deadline.lost.resolution", "nonsense",
                "deadline.resolution", "P1D"), lost), "a wrong value is skipped");
        DeadlinePolicy city = new DeadlinePolicy(Map.of("deadline.pets.resolution", "P7D"));
        assertEquals(java.time.Duration.ofDays(7), city.resolution("pets", plugin, lost));
    }

    @Test
    void typedSettingsHaveTheirDefaults() {
        TicketingConfig config = config(Map.of());
        assertEquals("P1D", config.escalation_interval());
        assertEquals("Asia/Shanghai", config.stats_zone());
    }
}
