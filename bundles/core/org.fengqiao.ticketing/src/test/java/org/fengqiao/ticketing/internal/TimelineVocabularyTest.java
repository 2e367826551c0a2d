package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fengqiao.ticketing.api.TimelineEntry.Kind;
import org.fengqiao.ticketing.api.TimelineStep;
import org.fengqiao.ticketing.api.TimelineSteps;
import org.junit.jupiter.api.Test;

class TimelineVocabularyTest {

    private static final Kind VISITED = Kind.of("captain", "visited");

    private static TimelineSteps captain(TimelineStep... steps) {
        return new TimelineSteps() {
            @Override
            public String module() {
                return "captain";
            }

            @Override
            public List<TimelineStep> steps() {
                return List.of(steps);
            }
        };
    }

    @Test
    void kindsAreWordsOrNamespacedSteps() {
        assertNull(Kind.REPLY.module());
        assertEquals("captain", VISITED.module());
        assertEquals("captain.visited", VISITED.code());
        assertEquals(Kind.REPLY, new Kind("reply"));
        for (String bad : List.of("", "Reply", "a.b.c", ".x", "x.", "linkage dispatched", "1x")) {
            assertThrows(IllegalArgumentException.class, () -> new Kind(bad), bad);
        }
    }

    @Test
    void aModuleStepIsRecordableOnlyWhileItsModuleIsPresent() {
        TimelineVocabularyImpl vocabulary = new TimelineVocabularyImpl();
        assertFalse(vocabulary.isRecordable(VISITED));
        assertEquals("captain.visited", vocabulary.describe(VISITED).label().zh());

        TimelineSteps steps = captain(TimelineStep.of(VISITED, "入户走访", "Household visit"));
        long before = vocabulary.changes();
        vocabulary.addSteps(steps);
        assertTrue(vocabulary.changes() > before, "labels shown by kept pages changed");
        assertTrue(vocabulary.isRecordable(VISITED));
        assertEquals("入户走访", vocabulary.describe(VISITED).label().zh());
        assertFalse(vocabulary.isRecordable(Kind.of("captain", "other")));

        long added = vocabulary.changes();
        vocabulary.removeSteps(steps);
        assertTrue(vocabulary.changes() > added);
        assertFalse(vocabulary.isRecordable(VISITED));
        // its steps stay on timelines, shown by their code
        assertEquals("captain.visited", vocabulary.describe(VISITED).label().en());
    }

    @Test
    void ticketingsOwnKindsAreLabelledButNeverRecordableByModules() {
        TimelineVocabularyImpl vocabulary = new TimelineVocabularyImpl();
        for (Kind kind : Kind.CORE) {
            assertFalse(vocabulary.isRecordable(kind), kind.code());
            assertFalse(vocabulary.describe(kind).label().zh().equals(kind.code()), kind.code());
        }
    }

    @Test
    void aModuleCannotDeclareAnotherModulesSteps() {
        TimelineVocabularyImpl vocabulary = new TimelineVocabularyImpl();
        Kind foreign = Kind.of("linkage", "dispatched");
        vocabulary.addSteps(captain(TimelineStep.of(foreign, "冒充", "Impostor"), TimelineStep.of(VISITED, "走访",
                "Visit")));
        assertFalse(vocabulary.isRecordable(foreign));
        assertTrue(vocabulary.isRecordable(VISITED));
        assertFalse(vocabulary.isRecordable(Kind.ESCALATED));
    }
}
