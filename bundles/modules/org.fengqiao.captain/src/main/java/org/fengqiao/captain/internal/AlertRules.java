package org.fengqiao.captain.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fengqiao.captain.api.AlertRule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The early-warning rules that are on: the module's own as the city configured them, and those of plugins. */
@Component(service = AlertRules.class)
public class AlertRules {

    private final List<AlertRule> plugins = new CopyOnWriteArrayList<>();
    private final CaptainSettings settings;

    @org.osgi.service.component.annotations.Activate
    public AlertRules(@Reference CaptainSettings settings) {
        this.settings = settings;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRule(AlertRule rule) {
        plugins.add(rule);
    }

    void removeRule(AlertRule rule) {
        plugins.remove(rule);
    }

    List<AlertRule> active() {
        CaptainSettings.Snapshot s = settings.get();
        List<AlertRule> rules = new ArrayList<>();
        BuiltInRules.all(s).stream().filter(r -> s.ruleOn(r.id(), true)).forEach(rules::add);
        plugins.stream().filter(r -> s.ruleOn(r.id(), false)).forEach(rules::add);
        return rules;
    }

    /** Ids of the rules that are on, with the hazard deadlines: what devices are told under "rules". */
    List<String> activeIds() {
        List<String> ids = new ArrayList<>(active().stream().map(AlertRule::id).toList());
        if (settings.get().ruleOn(BuiltInRules.HAZARD_OVERDUE, true)) {
            ids.add(BuiltInRules.HAZARD_OVERDUE);
        }
        return ids;
    }
}
