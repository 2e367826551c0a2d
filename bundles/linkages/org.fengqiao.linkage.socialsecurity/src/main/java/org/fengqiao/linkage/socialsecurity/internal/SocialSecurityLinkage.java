package org.fengqiao.linkage.socialsecurity.internal;

import static java.time.Duration.ofDays;

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
 * 包头市人力资源和社会保障局 (Baotou Human Resources and Social Security Bureau): pensions, medical insurance, unpaid wages. Delivery from {@code etc/{@value #PID}.cfg}; without it the department's staff work the
 * tasks in Fengqiao.
 */
@Component(service = DepartmentLinkage.class, configurationPid = SocialSecurityLinkage.PID,
        property = DepartmentLinkage.ID_PROPERTY + "=" + SocialSecurityLinkage.ID)
public class SocialSecurityLinkage extends SimpleLinkage {

    static final String ID = "socialsecurity";
    static final String PID = DepartmentLinkage.PID_PREFIX + ID;

    private static final List<LinkageCategory> CATEGORIES = List.of(
            LinkageCategory.of("pension", "养老金", "Pensions", ofDays(1), ofDays(10)),
            LinkageCategory.of("medical_insurance", "医疗保险", "Medical insurance", ofDays(1), ofDays(10)),
            LinkageCategory.of("wage_arrears", "拖欠工资", "Unpaid wages", ofDays(1), ofDays(7)));

    @Activate
    public SocialSecurityLinkage(DeliveryConfig config, Map<String, Object> properties) {
        super(ID, LocalizedText.of("包头市人力资源和社会保障局", "Baotou Human Resources and Social Security Bureau"), "hrss-bureau", CATEGORIES);
        configure(config, properties);
    }

    @Modified
    void modified(DeliveryConfig config, Map<String, Object> properties) {
        configure(config, properties);
    }
}
