package org.fengqiao.captain.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.captain.api.AddressFacts;
import org.fengqiao.captain.api.AlertRule;
import org.fengqiao.captain.api.FieldRecord;
import org.fengqiao.captain.api.RecordTicket;
import org.fengqiao.captain.api.Warning;

/**
 * The early-warning rules every city has (B3), on or off in the captain configuration. They read the data of
 * Baotou's record kinds: {@code hazard} ({@code severity}), {@code population} and {@code clue}. The fourth,
 * {@value #HAZARD_OVERDUE}, is not about one sync: the sweep raises it ({@link EarlyWarning#raiseOverdueHazards}).
 */
final class BuiltInRules {

    static final String SEVERE_HAZARD = "severe_hazard";
    static final String UNREGISTERED_TENANTS = "unregistered_tenants";
    static final String CLUE = "clue";
    static final String HAZARD_OVERDUE = "hazard_overdue";

    private BuiltInRules() {
    }

    static List<AlertRule> all(CaptainSettings.Snapshot settings) {
        return List.of(rule(SEVERE_HAZARD, (r, f) -> "hazard".equals(r.kind()) && "severe".equals(r.text("severity"))
                ? Optional.of(Warning.of("严重火灾隐患预警：楼长入户排查发现严重隐患 / Early warning: the building captain found a"
                        + " severe fire hazard"))
                : Optional.empty()),
                rule(UNREGISTERED_TENANTS, (r, f) -> unregisteredTenants(r, f, settings)),
                rule(CLUE, (r, f) -> "clue".equals(r.kind())
                        ? Optional.of(Warning.of("线索预警：楼长收集到违法犯罪线索 / Early warning: the building captain"
                                + " collected a clue"))
                        : Optional.empty()));
    }

    private static Optional<Warning> unregisteredTenants(FieldRecord r, AddressFacts facts,
            CaptainSettings.Snapshot settings) {
        if (!"population".equals(r.kind()) || r.addressCode() == null) {
            return Optional.empty();
        }
        int unregistered = facts.unregisteredAt(r.addressCode());
        if (unregistered <= settings.tenantThreshold()) {
            return Optional.empty();
        }
        String message = "未登记人员预警：同一户有 " + unregistered + " 名未登记居住人员 / Early warning: " + unregistered
                + " people live at one door without registered residence";
        return Optional.of(new Warning(message, new RecordTicket(settings.alertBoard(), settings.alertCategory(),
                "未登记租住人员超过 " + settings.tenantThreshold() + " 人", message,
                Map.of("location", r.addressName()))));
    }

    private interface Check {
        Optional<Warning> apply(FieldRecord record, AddressFacts facts);
    }

    private static AlertRule rule(String id, Check check) {
        return new AlertRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<Warning> evaluate(FieldRecord record, AddressFacts facts) {
                return check.apply(record, facts);
            }
        };
    }
}
