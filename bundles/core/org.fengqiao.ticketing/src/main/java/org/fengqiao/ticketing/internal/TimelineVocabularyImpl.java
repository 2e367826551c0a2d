package org.fengqiao.ticketing.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fengqiao.ticketing.api.TimelineEntry.Kind;
import org.fengqiao.ticketing.api.TimelineStep;
import org.fengqiao.ticketing.api.TimelineSteps;
import org.fengqiao.ticketing.api.TimelineVocabulary;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ticketing's own step labels, and those of the modules present now. */
@Component(service = { TimelineVocabulary.class, TimelineVocabularyImpl.class })
public class TimelineVocabularyImpl implements TimelineVocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineVocabularyImpl.class);

    private static final Map<Kind, TimelineStep> CORE = Map.ofEntries(
            core(Kind.CREATED, "发布", "Posted"),
            core(Kind.REPLY, "回复", "Reply"),
            core(Kind.TRANSITION, "状态变更", "Status changed"),
            core(Kind.RATING, "评价", "Rated"),
            core(Kind.HIDDEN, "依法隐藏", "Hidden"),
            core(Kind.ESCALATED, "逾期升级", "Overdue, escalated"),
            core(Kind.SUPERVISED, "督办", "Under supervision"),
            core(Kind.INSTRUCTION, "领导批示", "Leader's instruction"),
            core(Kind.ACKNOWLEDGED, "批示已收到", "Instruction acknowledged"),
            core(Kind.ALERTED, "紧急警情", "Emergency alert"),
            core(Kind.ORDERED, "指令处置", "Ordered to act"),
            core(Kind.STATEMENT, "官方声明", "Official statement"));

    private final Map<TimelineSteps, List<TimelineStep>> modules = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSteps(TimelineSteps steps) {
        List<TimelineStep> own = new java.util.ArrayList<>();
        for (TimelineStep step : steps.steps()) {
            if (steps.module().equals(step.kind().module())) {
                own.add(step);
            } else {
                LOG.warn("Module {} declares timeline step {}, not namespaced with its name: ignored", steps.module(),
                        step.kind());
            }
        }
        modules.put(steps, List.copyOf(own));
        changes.incrementAndGet();
    }

    void removeSteps(TimelineSteps steps) {
        modules.remove(steps);
        changes.incrementAndGet();
    }

    /** How often modules' steps came or went: grows after the labels changed. */
    long changes() {
        return changes.get();
    }

    @Override
    public TimelineStep describe(Kind kind) {
        TimelineStep step = CORE.get(kind);
        if (step != null) {
            return step;
        }
        return moduleStep(kind).orElseGet(() -> TimelineStep.of(kind, kind.code(), kind.code()));
    }

    @Override
    public boolean isRecordable(Kind kind) {
        return kind.module() != null && moduleStep(kind).isPresent();
    }

    private java.util.Optional<TimelineStep> moduleStep(Kind kind) {
        return modules.values().stream().flatMap(List::stream).filter(s -> s.kind().equals(kind)).findFirst();
    }

    private static Map.Entry<Kind, TimelineStep> core(Kind kind, String zh, String en) {
        return Map.entry(kind, TimelineStep.of(kind, zh, en));
    }
}
