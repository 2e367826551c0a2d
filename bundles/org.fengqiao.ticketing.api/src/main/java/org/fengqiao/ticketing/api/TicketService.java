package org.fengqiao.ticketing.api;

import org.fengqiao.identity.api.Account;

/**
 * Tickets of every board. Errors are {@code FengqiaoException}s: {@code board_not_installed} (404) for a board that
 * is not installed now, {@code ticket_not_found} (404), {@code validation_failed} (400), {@code forbidden} (403),
 * {@code invalid_transition} and {@code stale_version} (409).
 */
public interface TicketService {

    Ticket submit(Account author, NewTicket ticket);

    TicketDetails ticket(long id);

    /** Newest first; {@code state} may be {@code null}. */
    Page<Ticket> list(String boardId, TicketState state, int page, int size);

    TimelineEntry reply(long ticketId, Account actor, String body);

    Ticket transition(long ticketId, Account actor, Transition transition);

    Ticket rate(long ticketId, Account actor, Integer score, String comment);

    /** Stored tickets of a board, installed or not. */
    long countStored(String boardId);
}
