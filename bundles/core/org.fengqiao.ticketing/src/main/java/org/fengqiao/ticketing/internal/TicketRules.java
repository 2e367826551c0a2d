package org.fengqiao.ticketing.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Visibility;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketPolicy.Action;

/**
 * The authorisation table of docs/security.md as code: for an account, an action and a ticket on its board, allowed
 * or the refusal. Reading comes first: whoever may not read the ticket gets 404 for every action.
 */
final class TicketRules {

    private final Function<String, List<String>> subtree;

    /** @param subtree a unit's code and the codes of every unit below it */
    TicketRules(Function<String, List<String>> subtree) {
        this.subtree = subtree;
    }

    Optional<FengqiaoException> refusal(Account actor, Action action, Ticket ticket, Board board) {
        if (!mayRead(actor, ticket, board)) {
            return Optional.of(FengqiaoException.notFound("ticket_not_found", "no ticket " + ticket.id()));
        }
        if (action == Action.READ) {
            return Optional.empty();
        }
        if (actor == null) {
            return Optional.of(new FengqiaoException(ErrorKind.UNAUTHORIZED, "unauthenticated", "log in first"));
        }
        return switch (action) {
            case READ, FOLLOW, FLAG -> Optional.empty();
            case REPLY -> allowIf(actor.isStaff() || actor.id() == ticket.authorId()
                    || board.citizensMayReply() && board.visibility() == Visibility.PUBLIC,
                    "only staff and the author may reply to this ticket");
            case RATE -> allowIf(actor.id() == ticket.authorId(), "only the author may do this");
            case HANDLE -> handling(actor, ticket, board);
            case CONTACT -> allowIf(actor.id() == ticket.authorId() || covers(actor, ticket, board),
                    "the author's contact is for the staff who handle the ticket");
            case HIDE, STATEMENT -> allowIf(actor.isPolice() || actor.hasRole(Role.ADMIN),
                    "only police staff and administrators moderate posts and publish statements");
            case SUPERVISE -> allowIf(leads(actor, ticket.unitCode()),
                    "only leaders of the handling unit or of a unit above it supervise and instruct");
            case ACKNOWLEDGE -> allowIf(actor.isStaff() && actor.staff().unitCode().equals(ticket.unitCode())
                    || leads(actor, ticket.unitCode()), "only the handling unit acknowledges an instruction");
            case ORDER -> allowIf(actor.isStaff() && actor.hasRole(Role.LEADER), "only leaders order units");
            case DISPATCH -> allowIf(TicketStateMachine.HANDLERS.stream().anyMatch(actor::hasRole)
                    && inUnitTree(actor, ticket.unitCode()), "dispatching needs one of the roles officer, leader,"
                    + " department_staff in the handling unit or a unit above it");
        };
    }

    /** Public boards are read by everyone; confidential ones by the author and police staff. */
    static boolean mayRead(Account viewer, Ticket ticket, Board board) {
        return board.visibility() == Visibility.PUBLIC
                || viewer != null && (viewer.id() == ticket.authorId() || viewer.isPolice());
    }

    private Optional<FengqiaoException> handling(Account actor, Ticket ticket, Board board) {
        if (!TicketStateMachine.isHandler(actor, board.answeringRoles())) {
            return refuse("this needs one of the roles officer, leader, department_staff"
                    + (board.answeringRoles().isEmpty() ? "" : ", " + String.join(", ", board.answeringRoles())));
        }
        return allowIf(covers(actor, ticket, board), "this ticket is handled by another unit; only its staff, the"
                + " staff of units above it, its addressee or its assignee may act on it");
    }

    /** Staff whose work the ticket is: see {@link TicketScope}. */
    boolean covers(Account actor, Ticket ticket, Board board) {
        return actor != null && TicketScope.covers(actor, ticket.unitCode(), ticket.addresseeId(),
                ticket.assigneeId(), board.answeringRoles(), subtree);
    }

    /** A leader leads their own unit and every unit below it; an unrouted ticket belongs to any leader. */
    boolean leads(Account actor, String unitCode) {
        return actor.isStaff() && actor.hasRole(Role.LEADER) && inUnitTree(actor, unitCode);
    }

    private boolean inUnitTree(Account actor, String unitCode) {
        return actor.isStaff() && (unitCode == null || subtree.apply(actor.staff().unitCode()).contains(unitCode));
    }

    private static Optional<FengqiaoException> allowIf(boolean allowed, String rule) {
        return allowed ? Optional.empty() : refuse(rule);
    }

    private static Optional<FengqiaoException> refuse(String rule) {
        return Optional.of(FengqiaoException.forbidden(rule));
    }
}
