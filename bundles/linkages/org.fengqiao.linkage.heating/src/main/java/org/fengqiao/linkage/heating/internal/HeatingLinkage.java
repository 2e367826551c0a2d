package org.fengqiao.linkage.heating.internal;

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
 * 包头市供热管理办公室 (Baotou Heating Administration Office): heating outages, low indoor temperature, heating fees. Delivery from {@code etc/{@value #PID}.cfg}; without it the department's staff work the
 * tasks in Fengqiao.
 */
@Component(service = DepartmentLinkage.class, configurationPid = HeatingLinkage.PID,
        property = DepartmentLinkage.ID_PROPERTY + "=" + HeatingLinkage.ID)
public class HeatingLinkage extends SimpleLinkage {

    static final String ID = "heating";
    static final String PID = DepartmentLinkage.PID_PREFIX + ID;

    private static final List<LinkageCategory> CATEGORIES = List.of(
            LinkageCategory.of("no_heating", "不供暖或温度不达标", "No heating or too cold", ofHours(2), ofDays(1)),
            LinkageCategory.of("heating_fee", "供热收费", "Heating fees", ofDays(1), ofDays(7)));

    @Activate
    public HeatingLinkage(DeliveryConfig config, Map<String, Object> properties) {
        super(ID, LocalizedText.of("包头市供热管理办公室", "Baotou Heating Administration Office"), "heating-office", CATEGORIES);
        configure(config, properties);
    }

    @Modified
    void modified(DeliveryConfig config, Map<String, Object> properties) {
        configure(config, properties);
    }
}
