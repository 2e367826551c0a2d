package org.fengqiao.linkage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class DeliveryTest {

    private static Delivery read(Map<String, Object> properties) {
        return Delivery.fromConfiguration(Converters.standardConverter().convert(properties)
                .to(DeliveryConfig.class), properties);
    }

    @Test
    void withoutSettingsTheDepartmentWorksInFengqiao() {
        assertEquals(Delivery.Mode.IN_APP, read(Map.of()).mode());
        assertEquals(Delivery.Mode.IN_APP, read(Map.of("delivery", "IN_APP")).mode());
    }

    @Test
    void open311ReadsItsEndpointKeyAndServiceCodes() {
        Delivery d = read(Map.of("delivery", "open311", "open311.endpoint", "https://water.example/open311/v2",
                "open311.api_key", "k1", "open311.jurisdiction_id", "baotou",
                "open311.service_code.water_supply", " 001 ", "open311.service_code.drainage", ""));
        assertEquals(URI.create("https://water.example/open311/v2/"), d.endpoint());
        assertEquals("k1", d.apiKey());
        assertEquals("baotou", d.jurisdictionId());
        assertEquals(Optional.of("001"), d.serviceCode("water_supply"));
        assertEquals(Optional.empty(), d.serviceCode("drainage"));
        assertEquals(null, d.address());
    }

    @Test
    void aWrongSettingIsNamed() {
        assertEquals("delivery = email: expected in_app or open311", assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("delivery", "email"))).getMessage());
        assertEquals("delivery = open311 needs open311.endpoint", assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("delivery", "open311"))).getMessage());
        assertEquals("open311.endpoint = ftp://x is not an http(s) URL", assertThrows(
                IllegalArgumentException.class, () -> read(Map.of("delivery", "open311", "open311.endpoint",
                        "ftp://x", "open311.api_key", "k"))).getMessage());
        assertEquals("delivery = open311 needs open311.api_key", assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("delivery", "open311", "open311.endpoint", "http://x"))).getMessage());
    }
}
