package org.fengqiao.linkage.water.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;

import java.util.List;
import java.util.Map;

import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.linkage.api.DeliveryConfig;
import org.fengqiao.linkage.api.DepartmentLinkage;
import org.fengqiao.linkage.api.LinkageCategory;
import org.fengqiao.linkage.api.SimpleLinkage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * 包头市水务局 (Baotou Water Affairs Bureau): water supply, water quality, drainage. Delivery from {@code etc/{@value #PID}.cfg}; without it the department's staff work the
 * tasks in Fengqiao.
 */
@Component(service = DepartmentLinkage.class, configurationPid = WaterLinkage.PID,
        property = DepartmentLinkage.ID_PROPERTY + "=" + WaterLinkage.ID)
public class WaterLinkage extends SimpleLinkage {

    static final String ID = "water";
    static final String PID = DepartmentLinkage.PID_PREFIX + ID;

    private static final List<LinkageCategory> CATEGORIES = List.of(
            LinkageCategory.of("water_supply", "供水保障", "Water supply", ofHours(2), ofDays(2)),
            LinkageCategory.of("water_quality", "水质问题", "Water quality", ofHours(4), ofDays(3)),
            LinkageCategory.of("drainage", "排水与污水", "Drainage and sewage", ofHours(4), ofDays(3)));

    @Activate
    public WaterLinkage(DeliveryConfig config, Map<String, Object> properties) {
        super(ID, LocalizedText.of("包头市水务局", "Baotou Water Affairs Bureau"), "water-bureau", CATEGORIES);
        configure(config, properties);
    }

    @Modified
    void modified(DeliveryConfig config, Map<String, Object> properties) {
        configure(config, properties);
    }
}
