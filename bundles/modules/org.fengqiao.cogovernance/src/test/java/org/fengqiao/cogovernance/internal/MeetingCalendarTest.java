package org.fengqiao.cogovernance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fengqiao.cogovernance.internal.AgendaItemEntity.AgendaItem;
import org.fengqiao.cogovernance.internal.InviteeEntity.Invitee;
import org.fengqiao.identity.api.Account;
import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;

class MeetingCalendarTest {

    @Test
    void foldingNeverSplitsACharacterAndKeepsTheText() {
        String line = "DESCRIPTION:" + "楼长民警居民😀".repeat(30);
        String folded = MeetingCalendar.fold(line + "\r\n");
        assertTrue(folded.lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75));
        assertEquals(line, folded.replace("\r\n ", "").strip());
    }

    @Test
    void aMeetingIsOneValidEventWithItsInviteesAndAgenda() {
        Instant start = Instant.parse("2026-12-03T06:30:00Z");
        Meeting m = new Meeting(42, 7, "joint", "十二月联席会议; 议题, 很多", start, start.plusSeconds(7200),
                "居委会二楼会议室", "https://meeting.example.org/x", "planned", 3, null, null, null,
                Instant.parse("2026-11-30T00:00:00Z"), 4);
        Team team = new Team(7, "shaoxian-community", null, "少先路社区五位一体", 1, List.of());
        List<Invitee> invitees = List.of(
                new Invitee(1, "role", "property", 5L, "马强", null, "accepted", null, null),
                new Invitee(2, "department", null, null, "城管执法中队", "0472-1234567", "pending", null, null));
        List<AgendaItem> agenda = List.of(new AgendaItem(9, 42, 1, AgendaSource.FREE, null, null,
                "北门停车" + "很长的议题".repeat(20), true, null, null));
        String ics = MeetingCalendar.of(new Meetings.Detail(m, team, invitees, agenda, List.of()), "联席会议",
                Map.of(3L, new Account(3, "police", "王", null, Set.of(), null, Instant.EPOCH)));

        assertTrue(ics.lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75),
                "lines are folded at 75 octets");
        assertTrue(ics.lines().anyMatch(l -> l.startsWith(" ")), "the long description was folded");
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        ICalendar parsed = Biweekly.parse(ics).first();
        assertTrue(parsed.validate(ICalVersion.V2_0).isEmpty(), parsed.validate(ICalVersion.V2_0).toString());
        VEvent e = parsed.getEvents().get(0);
        assertEquals("meeting-42@shaoxian-community.fengqiao", e.getUid().getValue());
        assertEquals("【联席会议】十二月联席会议; 议题, 很多", e.getSummary().getValue());
        assertEquals(start, e.getDateStart().getValue().toInstant());
        assertEquals(4, e.getSequence().getValue());
        assertEquals(2, e.getAttendees().size());
        assertEquals(ParticipationStatus.ACCEPTED, e.getAttendees().get(0).getParticipationStatus());
        assertEquals("urn:fengqiao:invitee:2", e.getAttendees().get(1).getUri());
        assertTrue(e.getDescription().getValue().contains("1. 北门停车"));
    }
}
