package org.fengqiao.ticketing.api;

import org.fengqiao.identity.api.Account;

/** The emergency fast path (P11): leaders order a unit to act directly on a post, in public. */
public interface EmergencyService {

    /** A leader orders {@code unitCode} (within the leader's units) to handle the ticket now. */
    Ticket order(long ticketId, Account leader, String unitCode, String instruction);

    /** Staff (officers, leaders) pin an official statement on a post to answer a rumour; a new one replaces it. */
    Ticket pinStatement(long ticketId, Account staff, String body);
}
