package org.fengqiao.ticketing.api;

/** Every timeline kind known now, ticketing's own and those of present modules, with its label. */
public interface TimelineVocabulary {

    /**
     * The step's label; for a kind of a module that is not installed now (its steps stay on the timeline), a label
     * made of the code itself.
     */
    TimelineStep describe(TimelineEntry.Kind kind);

    /** Whether a module may record this kind now: a module kind whose module has registered it. */
    boolean isRecordable(TimelineEntry.Kind kind);
}
