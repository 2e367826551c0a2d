package org.fengqiao.ticketing.api;

import java.util.Optional;

import org.fengqiao.identity.api.Account;
import org.fengqiao.platform.api.FengqiaoException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who may do what with a ticket (Q3), decided in one place for the core and every module: by role and by the
 * organisation tree. The table is in docs/security.md. Whoever may not read a ticket learns nothing of it: every
 * action on it is refused as if it did not exist (404); whoever may read it but not act gets 403 naming the rule.
 */
@ProviderType
public interface TicketPolicy {

    /** What an account asks to do with a ticket. */
    enum Action {
        /** See the ticket, its timeline and its instructions. */
        READ,
        /** Answer on the public timeline. */
        REPLY,
        FOLLOW,
        FLAG,
        /** Rate the handling, confirm or reopen: the author's own steps. */
        RATE,
        /** Accept, assign, start, resolve, reject. */
        HANDLE,
        /** Read the contact details the author left for staff. */
        CONTACT,
        /** Hide a post that breaks the law. */
        HIDE,
        /** Pin an official statement. */
        STATEMENT,
        /** Put under supervision, give instructions (督办, 批示). */
        SUPERVISE,
        /** Acknowledge a leader's instruction. */
        ACKNOWLEDGE,
        /** Order a unit to take the ticket (emergencies). */
        ORDER,
        /** Hand the ticket to a department linkage. */
        DISPATCH
    }

    /** Nothing when {@code actor} (null: anonymous) may do {@code action}; otherwise the refusal to throw. */
    Optional<FengqiaoException> refusal(Account actor, Action action, Ticket ticket);

    /** Throws the refusal, if any. */
    default void require(Account actor, Action action, Ticket ticket) {
        Optional<FengqiaoException> refused = refusal(actor, action, ticket);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }
}
