package org.fengqiao.cogovernance.internal;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as convened. Without {@code invitees} every role holder of the team is invited.
 *
 * @param endsAt the meeting length of the city's settings after {@code startsAt} when {@code null}
 */
record NewMeeting(Long teamId, String kind, String title, Instant startsAt, Instant endsAt, String place,
        String onlineLink, List<NewInvitee> invitees) {

    /**
     * One invitee: a team role ({@code role}), an account ({@code accountId}), or a party without an account
     * ({@code kind} department, property, resident or other, with {@code name} and {@code contact}).
     */
    record NewInvitee(String role, Long accountId, String kind, String name, String contact) {
    }
}
