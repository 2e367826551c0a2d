package org.fengqiao.cogovernance.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

import org.fengqiao.cogovernance.internal.InviteeEntity.Invitee;
import org.fengqiao.identity.api.Account;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;

/**
 * A meeting as an iCalendar (RFC 5545) event for invitees' calendars, written with biweekly: one VEVENT whose UID
 * stays the meeting's and whose SEQUENCE is its version, so a calendar replaces the event when the meeting changes.
 */
final class MeetingCalendar {

    static final String MEDIA_TYPE = "text/calendar";
    private static final String PRODUCT = "-//Fengqiao//Five-in-one co-governance//ZH";
    /** RFC 5545 3.1: a content line is folded so that no line is longer than 75 octets, CRLF not counted. */
    private static final int LINE_OCTETS = 75;

    private MeetingCalendar() {
    }

    static String of(Meetings.Detail d, String kindName, Map<Long, Account> people) {
        Meeting m = d.meeting();
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT);
        ical.setMethod(Method.publish());
        VEvent event = new VEvent();
        // stable whoever downloads it, so that a calendar replaces the event rather than adding another
        event.setUid("meeting-" + m.id() + "@" + d.team().community() + ".fengqiao");
        event.setDateTimeStamp(Date.from(m.createdAt()));
        event.setDateStart(new DateStart(Date.from(m.startsAt()), true));
        event.setDateEnd(new DateEnd(Date.from(m.endsAt()), true));
        event.setSummary("【" + kindName + "】" + m.title());
        if (m.place() != null) {
            event.setLocation(m.place());
        }
        if (m.onlineLink() != null) {
            event.setUrl(m.onlineLink());
        }
        event.setDescription(d.team().name() + "\n" + d.agenda().stream()
                .map(a -> a.position() + ". " + a.title()).collect(Collectors.joining("\n")));
        event.setSequence(m.version());
        event.setStatus(Status.confirmed());
        Account convener = people.get(m.convenerId());
        Organizer organizer = new Organizer(convener == null ? "#" + m.convenerId() : convener.publicName(), null);
        organizer.setUri("urn:fengqiao:account:" + m.convenerId());
        event.setOrganizer(organizer);
        for (Invitee i : d.invitees()) {
            Attendee a = new Attendee(i.name(), null);
            a.setUri(i.accountId() != null ? "urn:fengqiao:account:" + i.accountId()
                    : "urn:fengqiao:invitee:" + i.id());
            a.setParticipationLevel(ParticipationLevel.REQUIRED);
            a.setParticipationStatus(switch (i.response()) {
                case "accepted" -> ParticipationStatus.ACCEPTED;
                case "declined" -> ParticipationStatus.DECLINED;
                default -> ParticipationStatus.NEEDS_ACTION;
            });
            a.setRsvp(true);
            event.addAttendee(a);
        }
        ical.addEvent(event);
        StringWriter out = new StringWriter();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            // biweekly folds by characters; a Chinese character is three octets, so the lines are folded below
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(ical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold(out.toString());
    }

    /** Folds every line longer than 75 octets of UTF-8, never inside a character. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length();) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }
}
