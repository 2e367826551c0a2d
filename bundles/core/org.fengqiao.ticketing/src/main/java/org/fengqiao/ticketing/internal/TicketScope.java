package org.fengqiao.ticketing.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;

/**
 * Which tickets a staff member may handle (C4, Q3): those of their own unit and of every unit below it (so leaders
 * of ancestor units too), a ticket addressed to them or assigned to them, and on a board with answering roles
 * (lawyers, deputies) every ticket for holders of those roles. A ticket no unit handles yet is anyone's to take.
 */
final class TicketScope {

    private TicketScope() {
    }

    /**
     * @param subtree a unit's code and the codes of every unit below it
     */
    static boolean covers(Account staff, String ticketUnit, Long addresseeId, Long assigneeId, Set<String> boardRoles,
            Function<String, List<String>> subtree) {
        if (!staff.isStaff()) {
            return false;
        }
        if (Long.valueOf(staff.id()).equals(addresseeId) || Long.valueOf(staff.id()).equals(assigneeId)
                || staff.roles().stream().map(Role::code).anyMatch(boardRoles::contains)) {
            return true;
        }
        return ticketUnit == null || subtree.apply(staff.staff().unitCode()).contains(ticketUnit);
    }
}
