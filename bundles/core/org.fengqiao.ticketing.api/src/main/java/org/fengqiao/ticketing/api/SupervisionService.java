package org.fengqiao.ticketing.api;

import java.time.Instant;
import java.util.List;

import org.fengqiao.identity.api.Account;

/** Leaders' supervision (督办) and direct instructions (批示), all on the public timeline (P6). */
public interface SupervisionService {

    /** A leader puts a ticket under supervision; {@code note} is optional and public. */
    Ticket supervise(long ticketId, Account leader, String note);

    /** A leader gives an instruction that the handling unit must acknowledge. */
    Instruction instruct(long ticketId, Account leader, String body);

    /** Staff of the handling unit (or a leader above it) acknowledge an instruction. */
    Instruction acknowledge(long ticketId, long instructionId, Account staff);

    List<Instruction> instructions(long ticketId);

    /**
     * What a leader watches: open tickets of the leader's unit and the units below it that are overdue at {@code now},
     * under supervision, or have an unacknowledged instruction; most overdue first.
     */
    List<Ticket> queue(Account leader, Instant now);
}
