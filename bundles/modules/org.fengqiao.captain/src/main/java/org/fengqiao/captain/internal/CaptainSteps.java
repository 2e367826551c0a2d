package org.fengqiao.captain.internal;

import java.util.List;

import org.fengqiao.ticketing.api.TimelineEntry.Kind;
import org.fengqiao.ticketing.api.TimelineStep;
import org.fengqiao.ticketing.api.TimelineSteps;
import org.osgi.service.component.annotations.Component;

/** The steps the captain module records on tickets' timelines. */
@Component(service = { TimelineSteps.class, CaptainSteps.class })
public class CaptainSteps implements TimelineSteps {

    static final String MODULE = "captain";
    static final Kind ALERT = Kind.of(MODULE, "alert");

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<TimelineStep> steps() {
        return List.of(TimelineStep.of(ALERT, "楼长预警", "Early warning from a building captain"));
    }
}
