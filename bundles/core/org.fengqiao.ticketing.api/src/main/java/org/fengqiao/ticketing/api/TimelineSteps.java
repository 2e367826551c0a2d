package org.fengqiao.ticketing.api;

import java.util.List;

/**
 * A module's own timeline steps, registered as a service by the module that records them. Ticketing records a step
 * of a module only while that module's steps are registered, and everyone shows the step with the module's label.
 */
public interface TimelineSteps {

    /** The module's name: the part before the dot of each of its kinds. */
    String module();

    List<TimelineStep> steps();
}
