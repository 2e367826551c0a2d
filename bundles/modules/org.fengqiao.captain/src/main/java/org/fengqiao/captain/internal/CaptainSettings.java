package org.fengqiao.captain.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fengqiao.identity.api.Role;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.platform.api.Settings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The city's settings of the captain module ({@code etc/org.fengqiao.captain.cfg}), read again when edited. */
@Designate(ocd = CaptainConfig.class)
@Component(service = CaptainSettings.class, configurationPid = CaptainSettings.PID)
public class CaptainSettings {

    static final String PID = "org.fengqiao.captain";
    private static final Logger LOG = LoggerFactory.getLogger(CaptainSettings.class);

    /** The settings as read at one moment. */
    record Snapshot(Set<Role> captainRoles, String requestBoard, String requestCategory, String alertBoard,
            String alertCategory, Set<String> alertRules, Set<String> disabledRules, int tenantThreshold,
            Map<String, Duration> hazardDeadlines, Map<String, Integer> points, int pointsPerStar,
            int pointsRequestInTime, int maxRecordsPerSync, long maxAttachmentBytes, VisitWorkflows workflows,
            int maxConcurrentSyncs, Duration syncWait) {

        /** The points one record of {@code kind} earns: the city's weight, else the kind's own. */
        int points(String kind, int kindDefault) {
            return points.getOrDefault(kind, kindDefault);
        }

        Optional<Duration> hazardDeadline(String severity) {
            return Optional.ofNullable(hazardDeadlines.get(severity));
        }

        boolean ruleOn(String ruleId, boolean builtIn) {
            return builtIn ? alertRules.contains(ruleId) : !disabledRules.contains(ruleId);
        }
    }

    private volatile Snapshot current;

    @Activate
    public CaptainSettings(CaptainConfig config, Map<String, Object> properties) {
        apply(config, properties);
    }

    @Modified
    void apply(CaptainConfig config, Map<String, Object> properties) {
        Problems problems = new Problems();
        Set<Role> roles = clean(config.captain_roles()).stream()
                .map(code -> Role.fromCode(code).filter(Role::isStaff).orElseGet(() -> {
                    problems.add("captain.roles", "unknown_role", code + " is not a staff role");
                    return null;
                })).filter(java.util.Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        Map<String, Duration> deadlines = Map.of(
                "minor", Settings.duration("hazard.deadline.minor", config.hazard_deadline_minor(), Duration.ofDays(30)),
                "major", Settings.duration("hazard.deadline.major", config.hazard_deadline_major(), Duration.ofDays(7)),
                "severe", Settings.duration("hazard.deadline.severe", config.hazard_deadline_severe(), Duration.ofDays(2)));
        Map<String, Integer> points = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("points.") && key.indexOf('.', "points.".length()) < 0) {
                try {
                    points.put(key.substring("points.".length()), Integer.parseInt(value.toString().strip()));
                } catch (NumberFormatException e) {
                    problems.add(key, "not_a_number", key + " = " + value + " is not a whole number");
                }
            }
        });
        VisitWorkflows workflows = VisitWorkflows.from(properties, problems);
        problems.list().forEach(p -> LOG.error("{}.cfg: {} ({} is left out)", PID, p.message(), p.field()));
        current = new Snapshot(roles, config.request_board().strip(), config.request_category().strip(),
                config.alert_board().strip(), config.alert_category().strip(), clean(config.alert_rules()),
                clean(config.disabled_rules()), Math.max(0, config.unregistered_tenants_threshold()), deadlines,
                Map.copyOf(points), config.points_per_star(), config.points_request_in_time(),
                Math.max(1, config.max_records_per_sync()), Math.max(1, config.max_attachment_bytes()), workflows,
                Math.max(1, config.max_concurrent_syncs()),
                Settings.duration("sync.wait", config.sync_wait(), Duration.ofSeconds(20)));
    }

    /** The values of a list setting, written as several values or as one comma-separated value. */
    private static Set<String> clean(String[] values) {
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    Snapshot get() {
        return current;
    }
}
