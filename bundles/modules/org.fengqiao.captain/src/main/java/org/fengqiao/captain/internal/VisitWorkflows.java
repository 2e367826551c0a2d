package org.fengqiao.captain.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.platform.api.Settings;

/**
 * The working method (B4, "nine steps, five roles"): for a record kind, the steps a captain goes through, the role
 * they play in each and whether the step needs an answer. Read from the captain configuration:
 * <pre>
 * workflow.visit = identify, enter, register ...
 * step.identify.zh = 亮明身份        step.identify.en = Show who you are
 * step.identify.role = informer      step.identify.required = true
 * role.informer.zh = 信息员          role.informer.en = Information collector
 * </pre>
 * A record of a kind with a workflow carries {@code data.steps}: an object of step code to the captain's answer.
 */
final class VisitWorkflows {

    static final String STEPS = "steps";
    static final int MAX_ANSWER = 1000;

    record Role(String code, LocalizedText name) {
    }

    record Step(String code, LocalizedText label, String role, boolean required) {
    }

    private final Map<String, Role> roles;
    private final Map<String, List<Step>> workflows;

    private VisitWorkflows(Map<String, Role> roles, Map<String, List<Step>> workflows) {
        this.roles = roles;
        this.workflows = workflows;
    }

    static VisitWorkflows from(Map<String, ?> properties, Problems problems) {
        Map<String, Role> roles = new LinkedHashMap<>();
        Map<String, List<Step>> workflows = new LinkedHashMap<>();
        properties.keySet().stream().filter(k -> k.startsWith("role.") && k.endsWith(".zh")).sorted().forEach(k -> {
            String code = k.substring("role.".length(), k.length() - ".zh".length());
            roles.put(code, new Role(code, text(properties, "role." + code)));
        });
        properties.keySet().stream().filter(k -> k.startsWith("workflow.")).sorted().forEach(k -> {
            String kind = k.substring("workflow.".length());
            List<Step> steps = new ArrayList<>();
            for (String code : Settings.text(properties, k).orElse("").split("\\s*,\\s*")) {
                if (code.isBlank()) {
                    continue;
                }
                String role = Settings.text(properties, "step." + code + ".role").orElse(null);
                if (Settings.text(properties, "step." + code + ".zh").isEmpty()) {
                    problems.add(k, "unknown_step", "step " + code + " has no step." + code + ".zh");
                    continue;
                }
                if (role != null && !roles.containsKey(role)) {
                    problems.add("step." + code + ".role", "unknown_role", "role " + role + " has no role." + role
                            + ".zh");
                }
                steps.add(new Step(code, text(properties, "step." + code), role,
                        Boolean.parseBoolean(Settings.text(properties, "step." + code + ".required").orElse("false"))));
            }
            workflows.put(kind, List.copyOf(steps));
        });
        return new VisitWorkflows(roles, workflows);
    }

    private static LocalizedText text(Map<String, ?> properties, String prefix) {
        String zh = Settings.text(properties, prefix + ".zh").orElse(prefix);
        return LocalizedText.of(zh, Settings.text(properties, prefix + ".en").orElse(zh));
    }

    Map<String, Role> roles() {
        return roles;
    }

    Map<String, List<Step>> workflows() {
        return workflows;
    }

    boolean has(String kind) {
        return workflows.containsKey(kind);
    }

    /**
     * Checks {@code data.steps} of a record of {@code kind} against its workflow and returns the answers given, in
     * workflow order; {@code null} when the kind has no workflow.
     */
    Map<String, String> check(String kind, Object steps, Problems problems) {
        List<Step> workflow = workflows.get(kind);
        if (workflow == null) {
            if (steps != null) {
                problems.add("data.steps", "unknown_field", "records of kind " + kind + " follow no workflow");
            }
            return null;
        }
        Map<?, ?> given = steps == null ? Map.of() : steps instanceof Map<?, ?> m ? m : null;
        if (given == null) {
            problems.add("data.steps", "wrong_type", "data.steps must be an object of step code to answer");
            return null;
        }
        for (Object code : given.keySet()) {
            if (workflow.stream().noneMatch(s -> s.code().equals(code))) {
                problems.add("data.steps." + code, "unknown_step", "the " + kind + " workflow has no step " + code);
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Step step : workflow) {
            Object answer = given.get(step.code());
            String path = "data.steps." + step.code();
            if (answer == null || answer.toString().isBlank()) {
                if (step.required()) {
                    problems.add(path, "required", step.label().en() + " (" + step.label().zh() + ") needs an answer");
                }
            } else if (!(answer instanceof String s)) {
                problems.add(path, "wrong_type", path + " must be a string");
            } else if (s.length() > MAX_ANSWER) {
                problems.add(path, "too_long", path + " has " + s.length() + " characters, at most " + MAX_ANSWER);
            } else {
                answers.put(step.code(), s.strip());
            }
        }
        return answers;
    }
}
