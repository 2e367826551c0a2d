package org.fengqiao.ticketing.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.identity.api.Account;

/**
 * Tickets of every board. Errors are {@code FengqiaoException}s: {@code board_not_installed} (404) for a board that
 * is not installed now, {@code ticket_not_found} (404), {@code validation_failed} (400), {@code forbidden} (403),
 * {@code invalid_transition} and {@code stale_version} (409).
 */
public interface TicketService {

    Ticket submit(Account author, NewTicket ticket);

    /** A request taken in from another system, with how to reach the person behind it (never public). */
    Ticket submit(Account author, NewTicket ticket, Contact contact);

    /** The contact stored with a ticket, for staff and its author; empty for anyone else or if none was given. */
    Optional<Contact> contact(long ticketId, Account viewer);

    /**
     * Another module records a public step on a ticket (a department dispatch, its feedback, its escalation) and
     * everyone following the ticket hears of it.
     *
     * @param kind a kind of the calling module, declared by its registered {@link TimelineSteps}; any other kind is
     *        an {@code IllegalArgumentException}
     * @param alertUnit a unit whose staff must all be told, or {@code null}
     */
    TimelineEntry recordStep(long ticketId, Account actor, TimelineEntry.Kind kind, String body, String alertUnit);

    /** Tickets on installed boards matching {@code search}, newest first. */
    List<Ticket> search(TicketSearch search);

    /**
     * Public steps recorded in {@code [from, to)} on the given boards, oldest first, at most {@code limit}; each
     * with the state its ticket was in right after it.
     */
    List<TicketUpdate> updates(List<String> boardIds, Instant from, Instant to, int limit);

    /** The full ticket, for services and the shell; the API uses {@link #ticket(long, Account)}. */
    TicketDetails ticket(long id);

    /**
     * The ticket as {@code viewer} may see it ({@code null}: anonymous). A post on a confidential board is
     * {@code ticket_not_found} for anyone but its author and police staff.
     */
    TicketDetails ticket(long id, Account viewer);

    /** Newest first; {@code state} may be {@code null}. The full list, for services and the shell. */
    Page<Ticket> list(String boardId, TicketState state, int page, int size);

    /**
     * Newest first, as {@code viewer} may see it: on a confidential board only police staff get the items, everyone
     * else gets the count alone.
     */
    Page<Ticket> list(String boardId, TicketState state, int page, int size, Account viewer);

    /**
     * The page that starts after position {@code after} (a previous page's {@link Page#next()}), as {@code viewer}
     * may see it: the way through a long list, as fast at its end as at its start.
     */
    Page<Ticket> listAfter(String boardId, TicketState state, String after, int size, Account viewer);

    /** Staff hide a post that breaks the law; the reason stays public in its place and on the timeline. */
    Ticket hide(long ticketId, Account staff, String reason);

    /** Anyone logged in reports a post to staff. */
    Flag flag(long ticketId, Account reporter, String reason);

    /** Reports not yet looked at, newest first; staff only. */
    List<Flag> openFlags(Account staff);

    TimelineEntry reply(long ticketId, Account actor, String body);

    Ticket transition(long ticketId, Account actor, Transition transition);

    Ticket rate(long ticketId, Account actor, Integer score, String comment);

    /**
     * A staff member's open work, newest first (P3): {@code unitWide} false gives what is addressed or assigned to
     * them (complaints about them excluded), true gives everything their unit handles.
     */
    Page<Ticket> workQueue(Account staff, boolean unitWide, int page, int size);

    /**
     * The caller's own posts on installed boards, in every state, newest first ("my posts"); {@code total} is exact
     * up to a bound, as in board lists.
     */
    Page<Ticket> authoredBy(Account author, int page, int size);

    /**
     * The latest official statements (P9) on installed public boards, newest statement first, at most {@code limit}:
     * what the portal's front page pins. Hidden posts are left out.
     */
    List<Ticket> latestStatements(int limit);

    /**
     * A number that grows after every change of what tickets show, made on this node: ended transactions that may
     * have written (posts, steps, states, ratings, hides, escalations, supervision) and step labels that modules
     * brought or took away. Two equal readings mean that tickets read after the first are still as shown at the
     * second. Reads leave it as it is. Changes made by another node sharing the database are not counted here.
     */
    long changeCount();

    /** Stored tickets of a board, installed or not. */
    long countStored(String boardId);
}
