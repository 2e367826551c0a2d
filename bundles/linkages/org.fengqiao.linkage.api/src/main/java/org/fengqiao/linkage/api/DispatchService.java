package org.fengqiao.linkage.api;

import java.time.Instant;
import java.util.List;

import org.fengqiao.identity.api.Account;

/**
 * Classified disposal and departmental linkage (P8). Errors are {@code FengqiaoException}s:
 * {@code linkage_not_installed}, {@code dispatch_not_found}, {@code ticket_not_found} (404), {@code validation_failed}
 * (400), {@code forbidden} (403), {@code invalid_dispatch_transition}, {@code dispatch_open}, {@code stale_version}
 * (409). Tasks of a linkage that is not installed are kept but not shown, and come back with it.
 */
public interface DispatchService {

    /** Which departments and categories a ticket probably belongs to, best first; staff only. */
    List<Suggestion> suggest(long ticketId, Account staff);

    /** Staff responsible for the ticket hand it to a department; a submitted ticket is accepted on the way. */
    Dispatch dispatch(Account staff, NewDispatch dispatch);

    /** A dispatch, as anyone who may read its ticket sees it. */
    Dispatch dispatch(long id, Account viewer);

    /** The dispatches of a ticket, oldest first, as anyone who may read the ticket sees them. */
    List<Dispatch> ofTicket(long ticketId, Account viewer);

    /**
     * Open work: for department staff the tasks with their unit (or below it), for dispatchers the answered and
     * returned tasks they dispatched.
     */
    List<Dispatch> queue(Account staff, QueueScope scope);

    Dispatch accept(long id, Account departmentStaff, int version);

    Dispatch feedback(long id, Account departmentStaff, int version, String body);

    /** The department refuses the task as not theirs; it returns to the dispatcher. */
    Dispatch reject(long id, Account departmentStaff, int version, String reason);

    /** The dispatcher takes the feedback as the answer: the ticket is resolved with it. */
    Dispatch complete(long id, Account dispatcher, int version, String note);

    /** The dispatcher finds the feedback insufficient: the task goes back to the department. */
    Dispatch sendBack(long id, Account dispatcher, int version, String reason);

    /** Moves overdue tasks one level up the organisation tree, once per level; returns how many moved. */
    int escalateOverdue(Instant now);

    /** Delivers pending Open311 dispatches and reads back the status of delivered ones; returns how many changed. */
    int synchronise();

    /** Stored tasks of a linkage, installed or not. */
    long countStored(String linkageId);

    enum QueueScope {
        DEPARTMENT, DISPATCHER
    }
}
