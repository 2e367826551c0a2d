package org.fengqiao.ticketing.api;

import java.util.Set;

import org.fengqiao.identity.api.Account;

/** Citizens and staff follow tickets they can read, to be notified of every change (P7). */
public interface FollowService {

    void follow(long ticketId, Account account);

    void unfollow(long ticketId, Account account);

    /** Who is notified of a ticket's changes: its author, addressee, assignee and followers. */
    Set<Long> interested(long ticketId);
}
