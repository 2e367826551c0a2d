package org.fengqiao.linkage.internal;

import java.util.List;

import org.fengqiao.ticketing.api.TimelineEntry.Kind;
import org.fengqiao.ticketing.api.TimelineStep;
import org.fengqiao.ticketing.api.TimelineSteps;
import org.osgi.service.component.annotations.Component;

/** The steps department linkage (P8) records on a ticket's timeline. */
@Component(service = { TimelineSteps.class, LinkageSteps.class })
public class LinkageSteps implements TimelineSteps {

    static final String MODULE = "linkage";
    static final Kind DISPATCHED = Kind.of(MODULE, "dispatched");
    static final Kind ACCEPTED = Kind.of(MODULE, "department_accepted");
    static final Kind FEEDBACK = Kind.of(MODULE, "department_feedback");
    static final Kind REJECTED = Kind.of(MODULE, "department_rejected");
    static final Kind SENT_BACK = Kind.of(MODULE, "sent_back");
    static final Kind ESCALATED = Kind.of(MODULE, "escalated");

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<TimelineStep> steps() {
        return List.of(
                TimelineStep.of(DISPATCHED, "分派至职能部门", "Dispatched to a department"),
                TimelineStep.of(ACCEPTED, "部门已受理", "Accepted by the department"),
                TimelineStep.of(FEEDBACK, "部门反馈", "The department's answer"),
                TimelineStep.of(REJECTED, "部门退回", "Returned by the department"),
                TimelineStep.of(SENT_BACK, "退回部门重办", "Sent back to the department"),
                TimelineStep.of(ESCALATED, "部门任务逾期升级", "Department task overdue, escalated"));
    }
}
