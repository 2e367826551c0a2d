package org.fengqiao.notification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.notification.api.Notification;
import org.fengqiao.notification.api.NotificationChannel;
import org.fengqiao.rest.api.ApiJson;
import org.fengqiao.ticketing.api.TimelineEntry.Kind;
import org.fengqiao.ticketing.api.TimelineStep;
import org.fengqiao.ticketing.api.TimelineVocabulary;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    private static final Kind DISPATCHED = Kind.of("linkage", "dispatched");

    /** The labels a present linkage module gives. */
    private static final TimelineVocabulary VOCABULARY = new TimelineVocabulary() {
        @Override
        public TimelineStep describe(Kind kind) {
            return kind.equals(DISPATCHED) ? TimelineStep.of(kind, "分派至职能部门", "Dispatched to a department")
                    : TimelineStep.of(kind, kind.code(), kind.code());
        }

        @Override
        public boolean isRecordable(Kind kind) {
            return kind.equals(DISPATCHED);
        }
    };

    @Test
    void followersHearOfAChangeButNotWhoMadeIt() {
        Set<Long> r = Recipients.of(Events.of(Kind.REPLY, Events.OFFICER, "precinct", null),
                List.of(Events.AUTHOR, Events.OFFICER, 30L), unit -> List.of(40L), unit -> List.of(50L));
        assertEquals(Set.of(Events.AUTHOR, 30L), r);
    }

    @Test
    void withNoChannelBoundTheEventIsNotTaken() {
        Notification n = new Notification(Events.AUTHOR, 7, "reply", "m", java.time.Instant.now(), 99);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ChannelFanOut.deliver(List.of(n), List.of()));
        ChannelFanOut.deliver(List.of(), List.of());
    }

    @Test
    void aNewPostIsNotToldToWhoFollowedItBeforeTheEventWasDelivered() {
        assertEquals(Set.of(), Recipients.of(Events.of(Kind.CREATED, Events.AUTHOR, "precinct", null),
                List.of(Events.AUTHOR, 30L), unit -> List.of(40L), unit -> List.of(50L)));
    }

    @Test
    void anEscalationTellsTheLeadersOfTheNewUnitAndAnAlertEveryStaffMemberOfItsUnit() {
        Map<String, List<Long>> leaders = Map.of("bureau", List.of(40L, 41L));
        Map<String, List<Long>> staff = Map.of("command-centre", List.of(50L, 51L, Events.AUTHOR));
        assertEquals(Set.of(Events.AUTHOR, 40L, 41L), Recipients.of(Events.of(Kind.ESCALATED, 0, "bureau", null),
                List.of(Events.AUTHOR), leaders::get, staff::get));
        assertEquals(Set.of(Events.AUTHOR, 50L, 51L), Recipients.of(Events.of(Kind.ALERTED, 0, "precinct",
                "command-centre"), List.of(Events.AUTHOR), leaders::get, staff::get));
        // a module's own step with an alert unit reaches that unit's staff, with no leaders added
        assertEquals(Set.of(50L, 51L, Events.AUTHOR), Recipients.of(Events.of(DISPATCHED, Events.OFFICER, "bureau",
                "command-centre"), List.of(), leaders::get, staff::get));
    }

    @Test
    void everyKindHasABilingualMessageWithTheTitleMasked() {
        for (Kind kind : Kind.CORE) {
            String m = NotificationMessages.of(Events.of(kind, Events.OFFICER, "precinct", null), VOCABULARY);
            assertTrue(m.matches("(?s).*\\p{IsHan}.*/ .*[A-Za-z].*"), kind + " is not bilingual: " + m);
            assertFalse(m.contains("13812345678"), kind + " leaks the phone number: " + m);
        }
        assertTrue(NotificationMessages.of(Events.of(Kind.REPLY, Events.OFFICER, null, null), VOCABULARY)
                .startsWith("王警官 回复了 「户口迁移"));
    }

    @Test
    void aModulesStepIsToldWithTheModulesLabel() {
        String m = NotificationMessages.of(Events.of(DISPATCHED, Events.OFFICER, "bureau", null), VOCABULARY);
        assertTrue(m.contains("分派至职能部门") && m.contains("Dispatched to a department") && m.contains("王警官"), m);
        String unknown = NotificationMessages.of(Events.of(Kind.of("captain", "visited"), 1, null, null), VOCABULARY);
        assertTrue(unknown.contains("captain.visited"), unknown);
    }

    @Test
    void aFailingChannelDoesNotStopTheOthersAndTheEventComesAgain() {
        List<String> delivered = new ArrayList<>();
        RuntimeException down = new IllegalStateException("sms gateway down");
        NotificationChannel inbox = channel("inbox", n -> delivered.add("inbox:" + n.recipientId()));
        NotificationChannel sms = channel("sms", n -> {
            throw down;
        });
        List<Notification> notes = List.of(note(1), note(2));
        assertSame(down, assertThrows(IllegalStateException.class,
                () -> ChannelFanOut.deliver(notes, List.of(sms, inbox))));
        assertEquals(List.of("inbox:1", "inbox:2"), delivered);
        ChannelFanOut.deliver(notes, List.of(inbox));
        assertEquals(4, delivered.size());
    }

    @Test
    void theLiveStreamCarriesNoPostText() throws Exception {
        String json = EventStreamResource.publicData(Events.of(Kind.TRANSITION, Events.OFFICER, "precinct", null));
        assertFalse(json.contains("户口"), json);
        assertEquals(Map.of("ticketId", 7, "boardId", "household", "kind", "transition", "action", "accept", "state",
                "accepted", "actor", "王警官", "at", "2026-11-29T08:00:00Z"), ApiJson.MAPPER.readValue(json, Map.class));
    }

    private static Notification note(long recipient) {
        return new Notification(recipient, 7, "reply", "m", java.time.Instant.EPOCH, 99);
    }

    private static NotificationChannel channel(String id, java.util.function.Consumer<Notification> deliver) {
        return new NotificationChannel() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void deliver(Notification notification) {
                deliver.accept(notification);
            }
        };
    }
}
