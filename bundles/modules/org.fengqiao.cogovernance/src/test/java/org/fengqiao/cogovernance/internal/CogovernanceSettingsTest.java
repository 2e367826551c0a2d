package org.fengqiao.cogovernance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CogovernanceSettingsTest {

    /** The typed view of a configuration as DS would give it: the file's values where present. */
    private static CogovernanceConfig config(Map<String, String> values) {
        return new CogovernanceConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CogovernanceConfig.class;
            }

            @Override
            public String[] roles() {
                return new String[] { values.getOrDefault("roles", "captain, police, committee, property, grid") };
            }

            @Override
            public String[] meeting_kinds() {
                return new String[] { values.getOrDefault("meeting.kinds", "joint") };
            }

            @Override
            public String handoff_accept_within() {
                return values.getOrDefault("handoff.accept.within", "P2D");
            }

            @Override
            public String escalation_interval() {
                return values.getOrDefault("escalation.interval", "P1D");
            }

            @Override
            public String action_board() {
                return "livelihood";
            }

            @Override
            public String action_category() {
                return "other";
            }

            @Override
            public String meeting_length() {
                return "PT90M";
            }
        };
    }

    @Test
    void rolesAndKindsAreConfigurationInTheirOrderWithTheirNames() {
        Map<String, String> file = Map.of("roles", "captain, police, grid, police", "role.police.zh", "社区民警",
                "role.police.en", "Community police officer", "role.police.convene", "true",
                "meeting.kinds", "joint,three_parties", "meeting.joint.zh", "联席会议");
        CogovernanceSettings.Snapshot s = CogovernanceSettings.read(config(file), file);
        assertEquals(3, s.roles().size(), "a role named twice counts once");
        assertEquals("grid", s.roles().get(2).code());
        assertEquals("社区民警", s.role("police").orElseThrow().label().zh());
        assertTrue(s.role("police").orElseThrow().convenes());
        assertFalse(s.role("captain").orElseThrow().convenes());
        assertEquals("captain", s.role("captain").orElseThrow().label().zh(), "an unnamed role shows its code");
        assertEquals("联席会议", s.meetingKinds().get("joint").zh());
        assertTrue(s.meetingKinds().containsKey("three_parties"));
        assertEquals(Duration.ofMinutes(90), s.meetingLength());
    }

    @Test
    void actionFieldsNameTheCommunity() {
        Map<String, String> file = Map.of("action.field.address", "{community}居委会", "action.field.petition", "no");
        CogovernanceSettings.Snapshot s = CogovernanceSettings.read(config(file), file);
        assertEquals(Map.of("address", "少先路社区居委会", "petition", "no"), s.actionFields("少先路社区"));
    }

    @Test
    void aWrongDurationFallsBackToTheDefault() {
        Map<String, String> file = Map.of("handoff.accept.within", "two days", "escalation.interval", "PT5S");
        CogovernanceSettings.Snapshot s = CogovernanceSettings.read(config(file), file);
        assertEquals(Duration.ofDays(2), s.acceptWithin());
        assertEquals(Duration.ofSeconds(5), s.escalationInterval());
    }
}
