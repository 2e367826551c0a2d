package org.fengqiao.captain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.junit.jupiter.api.Test;

class VisitWorkflowsTest {

    private static final Map<String, Object> CONFIG = Map.ofEntries(
            Map.entry("workflow.visit", "identify, fire_check, disputes"),
            Map.entry("step.identify.zh", "亮明身份"), Map.entry("step.identify.en", "Show who you are"),
            Map.entry("step.identify.role", "server"), Map.entry("step.identify.required", "true"),
            Map.entry("step.fire_check.zh", "排查隐患"), Map.entry("step.fire_check.role", "guard"),
            Map.entry("step.fire_check.required", "true"),
            Map.entry("step.disputes.zh", "化解纠纷"), Map.entry("step.disputes.role", "mediator"),
            Map.entry("role.server.zh", "服务员"), Map.entry("role.guard.zh", "安全员"),
            Map.entry("role.guard.en", "Safety inspector"), Map.entry("role.mediator.zh", "调解员"));

    @Test
    void readsStepsInOrderWithTheirRoles() {
        Problems problems = new Problems();
        VisitWorkflows w = VisitWorkflows.from(CONFIG, problems);
        assertTrue(problems.isEmpty(), problems.list().toString());
        List<VisitWorkflows.Step> steps = w.workflows().get("visit");
        assertEquals(List.of("identify", "fire_check", "disputes"), steps.stream().map(VisitWorkflows.Step::code)
                .toList());
        assertEquals("guard", steps.get(1).role());
        assertTrue(steps.get(0).required());
        assertEquals("Safety inspector", w.roles().get("guard").name().en());
        assertEquals("服务员", w.roles().get("server").name().en(), "English falls back to Chinese");
    }

    @Test
    void requiredStepsNeedAnswersAndUnknownStepsAreRefused() {
        VisitWorkflows w = VisitWorkflows.from(CONFIG, new Problems());
        Problems problems = new Problems();
        w.check("visit", Map.of("identify", " ", "nonsense", "x"), problems);
        assertEquals(List.of("data.steps.nonsense:unknown_step", "data.steps.identify:required",
                "data.steps.fire_check:required"), problems.list().stream().map(p -> p.field() + ":" + p.code())
                        .toList());
    }

    @Test
    void answersComeBackInWorkflowOrder() {
        VisitWorkflows w = VisitWorkflows.from(CONFIG, new Problems());
        Problems problems = new Problems();
        Map<String, String> answers = w.check("visit", Map.of("fire_check", " 无隐患 ", "identify", "已亮证"), problems);
        assertTrue(problems.isEmpty());
        assertEquals(List.of("identify", "fire_check"), List.copyOf(answers.keySet()));
        assertEquals("无隐患", answers.get("fire_check"));
    }

    @Test
    void kindsWithoutAWorkflowTakeNoSteps() {
        VisitWorkflows w = VisitWorkflows.from(CONFIG, new Problems());
        Problems problems = new Problems();
        assertNull(w.check("hazard", null, problems));
        assertTrue(problems.isEmpty());
        w.check("hazard", Map.of("identify", "x"), problems);
        assertEquals(List.of("unknown_field"), problems.list().stream().map(Problem::code).toList());
    }

    @Test
    void aStepWithAnUnknownRoleIsReported() {
        Problems problems = new Problems();
        VisitWorkflows.from(Map.of("workflow.visit", "a", "step.a.zh", "甲", "step.a.role", "wizard"), problems);
        assertEquals("unknown_role", problems.list().get(0).code());
    }
}
