package org.fengqiao.cogovernance.internal;

import java.time.Instant;

/** A joint meeting as stored, without its invitees, agenda and actions. */
record Meeting(long id, long teamId, String kind, String title, Instant startsAt, Instant endsAt, String place,
        String onlineLink, String state, long convenerId, String summary, Long minutesBy, Instant minutesAt,
        Instant createdAt, int version) {
}
