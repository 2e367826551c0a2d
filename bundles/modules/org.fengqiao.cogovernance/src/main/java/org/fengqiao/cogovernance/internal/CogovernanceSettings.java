package org.fengqiao.cogovernance.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.platform.api.Settings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** The city's settings of the five-in-one module ({@code etc/org.fengqiao.cogovernance.cfg}), read again when edited. */
@Designate(ocd = CogovernanceConfig.class)
@Component(service = CogovernanceSettings.class, configurationPid = CogovernanceSettings.PID)
public class CogovernanceSettings {

    static final String PID = "org.fengqiao.cogovernance";

    /** A role of a team: its code, its names, and whether its holder may convene meetings. */
    record TeamRole(String code, LocalizedText label, boolean convenes) {
    }

    /** The settings as read at one moment. */
    record Snapshot(List<TeamRole> roles, Map<String, LocalizedText> meetingKinds, Duration acceptWithin,
            Duration escalationInterval, String actionBoard, String actionCategory, Map<String, String> actionFields,
            Duration meetingLength) {

        Optional<TeamRole> role(String code) {
            return roles.stream().filter(r -> r.code().equals(code)).findFirst();
        }

        /** The action item's fields, with {@code {community}} replaced by the community's name. */
        Map<String, Object> actionFields(String communityName) {
            Map<String, Object> fields = new LinkedHashMap<>();
            actionFields.forEach((k, v) -> fields.put(k, v.replace("{community}", communityName)));
            return fields;
        }
    }

    private volatile Snapshot current;

    @Activate
    public CogovernanceSettings(CogovernanceConfig config, Map<String, Object> properties) {
        apply(config, properties);
    }

    @Modified
    void apply(CogovernanceConfig config, Map<String, Object> properties) {
        current = read(config, properties);
    }

    static Snapshot read(CogovernanceConfig config, Map<String, ?> properties) {
        List<TeamRole> roles = list(config.roles()).stream().map(code -> new TeamRole(code,
                label(properties, "role." + code, code),
                Boolean.parseBoolean(Settings.text(properties, "role." + code + ".convene").orElse("false"))))
                .toList();
        Map<String, LocalizedText> kinds = new LinkedHashMap<>();
        list(config.meeting_kinds()).forEach(k -> kinds.put(k, label(properties, "meeting." + k, k)));
        Map<String, String> fields = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("action.field.") && value != null) {
                fields.put(key.substring("action.field.".length()), value.toString().strip());
            }
        });
        return new Snapshot(roles, Map.copyOf(kinds), Settings.duration("handoff.accept.within",
                config.handoff_accept_within(), Duration.ofDays(2)),
                Settings.duration("escalation.interval", config.escalation_interval(), Duration.ofDays(1)),
                config.action_board().strip(), config.action_category().strip(), Map.copyOf(fields),
                Settings.duration("meeting.length", config.meeting_length(), Duration.ofHours(2)));
    }

    private static LocalizedText label(Map<String, ?> properties, String prefix, String fallback) {
        return LocalizedText.of(Settings.text(properties, prefix + ".zh").orElse(fallback),
                Settings.text(properties, prefix + ".en").orElse(fallback));
    }

    /** The values of a list setting, written as several values or as one comma-separated value. */
    private static List<String> list(String[] values) {
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    Snapshot get() {
        return current;
    }
}
