package org.fengqiao.ticketing.internal;

import static org.fengqiao.ticketing.api.TicketState.ACCEPTED;
import static org.fengqiao.ticketing.api.TicketState.ASSIGNED;
import static org.fengqiao.ticketing.api.TicketState.CLOSED;
import static org.fengqiao.ticketing.api.TicketState.IN_PROGRESS;
import static org.fengqiao.ticketing.api.TicketState.REJECTED;
import static org.fengqiao.ticketing.api.TicketState.REOPENED;
import static org.fengqiao.ticketing.api.TicketState.RESOLVED;
import static org.fengqiao.ticketing.api.TicketState.SUBMITTED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.ticketing.api.TicketAction;
import org.fengqiao.ticketing.api.TicketState;

/**
 * Which action leads from which states to which state, and who may take it.
 * Who: handling staff (officer, leader, department staff, plus the board's answering roles such as lawyers on the
 * legal board) within their scope ({@link TicketScope}: their unit and below, addressed or assigned to them), or the
 * ticket's author.
 * A caller without the right gets 403; a right action at the wrong state gets 409.
 */
final class TicketStateMachine {

    /** Roles that handle tickets. */
    static final Set<Role> HANDLERS = EnumSet.of(Role.OFFICER, Role.LEADER, Role.DEPARTMENT_STAFF);

    private record Rule(Set<TicketState> from, TicketState to, boolean byAuthor) {
    }

    private static final Map<TicketAction, Rule> RULES = Map.of(
            TicketAction.ACCEPT, new Rule(EnumSet.of(SUBMITTED, REOPENED), ACCEPTED, false),
            TicketAction.ASSIGN, new Rule(EnumSet.of(ACCEPTED, ASSIGNED, IN_PROGRESS), ASSIGNED, false),
            TicketAction.START, new Rule(EnumSet.of(ACCEPTED, ASSIGNED), IN_PROGRESS, false),
            TicketAction.RESOLVE, new Rule(EnumSet.of(ACCEPTED, ASSIGNED, IN_PROGRESS), RESOLVED, false),
            TicketAction.REJECT, new Rule(EnumSet.of(SUBMITTED, ACCEPTED, REOPENED), REJECTED, false),
            TicketAction.CONFIRM, new Rule(EnumSet.of(RESOLVED), CLOSED, true),
            TicketAction.REOPEN, new Rule(EnumSet.of(RESOLVED, CLOSED), REOPENED, true));

    private TicketStateMachine() {
    }

    /**
     * The state after {@code action}, or a refusal.
     *
     * @param authorId the ticket's author
     * @param assigneeId the ticket's assignee, {@code null} if none
     * @param boardRoles role codes that also handle tickets on this board
     * @param inScope whether the ticket lies within what the actor may handle ({@link TicketScope})
     */
    static TicketState next(TicketState from, TicketAction action, Account actor, long authorId, Long assigneeId,
            Set<String> boardRoles, boolean inScope) {
        Rule rule = RULES.get(action);
        if (rule.byAuthor()) {
            if (actor.id() != authorId) {
                throw FengqiaoException.forbidden("only the author may " + action.code() + " this ticket");
            }
        } else {
            if (!isHandler(actor, boardRoles)) {
                throw FengqiaoException.forbidden(action.code() + " needs one of the roles officer, leader, "
                        + "department_staff" + (boardRoles.isEmpty() ? "" : ", " + String.join(", ", boardRoles)));
            }
            if (!inScope) {
                throw FengqiaoException.forbidden("this ticket is handled by another unit; only its staff, the staff"
                        + " of units above it, its addressee or its assignee may " + action.code() + " it");
            }
            boolean ownWork = action == TicketAction.START || action == TicketAction.RESOLVE;
            if (ownWork && assigneeId != null && assigneeId != actor.id() && !actor.hasRole(Role.LEADER)) {
                throw FengqiaoException.forbidden("this ticket is assigned to someone else; only they or a leader may "
                        + action.code() + " it");
            }
        }
        if (!rule.from().contains(from)) {
            throw new FengqiaoException(ErrorKind.CONFLICT, "invalid_transition",
                    "cannot " + action.code() + " a ticket that is " + from.code());
        }
        return rule.to();
    }

    static boolean isHandler(Account account, Set<String> boardRoles) {
        return account.isStaff() && (HANDLERS.stream().anyMatch(account::hasRole)
                || account.roles().stream().map(Role::code).anyMatch(boardRoles::contains));
    }
}
