package org.fengqiao.cogovernance.internal;

import java.util.List;

import org.fengqiao.ticketing.api.TimelineEntry.Kind;
import org.fengqiao.ticketing.api.TimelineStep;
import org.fengqiao.ticketing.api.TimelineSteps;
import org.osgi.service.component.annotations.Component;

/** The steps the five-in-one module records on tickets' public timelines. */
@Component(service = { TimelineSteps.class, CogovernanceSteps.class })
public class CogovernanceSteps implements TimelineSteps {

    static final String MODULE = "cogovernance";
    static final Kind HANDED_OFF = Kind.of(MODULE, "handed_off");
    static final Kind ACCEPTED = Kind.of(MODULE, "accepted");
    static final Kind DECLINED = Kind.of(MODULE, "declined");
    static final Kind FORWARDED = Kind.of(MODULE, "forwarded");
    static final Kind DONE = Kind.of(MODULE, "done");
    static final Kind ESCALATED = Kind.of(MODULE, "escalated");
    static final Kind ON_AGENDA = Kind.of(MODULE, "on_agenda");
    static final Kind DECIDED = Kind.of(MODULE, "decided");
    static final Kind ACTION_DONE = Kind.of(MODULE, "action_done");

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<TimelineStep> steps() {
        return List.of(TimelineStep.of(HANDED_OFF, "五位一体移交", "Handed off in the five-in-one team"),
                TimelineStep.of(ACCEPTED, "接收移交", "Hand-off accepted"),
                TimelineStep.of(DECLINED, "退回移交", "Hand-off declined, back to the sender"),
                TimelineStep.of(FORWARDED, "转交", "Handed on"),
                TimelineStep.of(DONE, "移交事项办结", "Hand-off settled"),
                TimelineStep.of(ESCALATED, "移交逾期升级", "Hand-off overdue, escalated"),
                TimelineStep.of(ON_AGENDA, "列入联席会议议程", "Put on a joint meeting's agenda"),
                TimelineStep.of(DECIDED, "联席会议决定事项", "Decided at a joint meeting"),
                TimelineStep.of(ACTION_DONE, "会议决定事项完成", "Meeting decision carried out"));
    }
}
