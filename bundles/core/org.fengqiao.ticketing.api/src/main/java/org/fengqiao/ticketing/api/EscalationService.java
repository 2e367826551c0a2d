package org.fengqiao.ticketing.api;

import java.time.Instant;

/**
 * Moves overdue tickets one level up the organisation tree (community, precinct, bureau), recording it on the
 * timeline (P5). Safe to run on several nodes at once: each level is a conditional update that succeeds once.
 */
public interface EscalationService {

    /** Escalates what is overdue at {@code now}; returns how many tickets moved up. */
    int escalateOverdue(Instant now);
}
