package org.fengqiao.linkage.urban.internal;

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
 * 包头市城市管理综合执法局 (Baotou Urban Management Law Enforcement Bureau): noise, illegal building, street order. Delivery from {@code etc/{@value #PID}.cfg}; without it the department's staff work the
 * tasks in Fengqiao.
 */
@Component(service = DepartmentLinkage.class, configurationPid = UrbanLinkage.PID,
        property = DepartmentLinkage.ID_PROPERTY + "=" + UrbanLinkage.ID)
public class UrbanLinkage extends SimpleLinkage {

    static final String ID = "urban";
    static final String PID = DepartmentLinkage.PID_PREFIX + ID;

    private static final List<LinkageCategory> CATEGORIES = List.of(
            LinkageCategory.of("noise", "噪音扰民", "Noise", ofHours(4), ofDays(2)),
            LinkageCategory.of("illegal_building", "违章建筑", "Illegal building", ofDays(1), ofDays(15)),
            LinkageCategory.of("street_order", "市容与占道经营", "Street order and stalls", ofHours(4), ofDays(3)));

    @Activate
    public UrbanLinkage(DeliveryConfig config, Map<String, Object> properties) {
        super(ID, LocalizedText.of("包头市城市管理综合执法局", "Baotou Urban Management Law Enforcement Bureau"), "urban-management", CATEGORIES);
        configure(config, properties);
    }

    @Modified
    void modified(DeliveryConfig config, Map<String, Object> properties) {
        configure(config, properties);
    }
}
