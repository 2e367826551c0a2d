package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.ticketing.api.TicketAction;
import org.fengqiao.ticketing.api.TicketState;
import org.junit.jupiter.api.Test;

class TicketStateMachineTest {

    private static final long AUTHOR = 1;
    private final Account author = new Account(AUTHOR, "c", "citizen", null, Set.of(Role.CITIZEN), null, Instant.now());
    private final Account officer = staff(2, Role.OFFICER);
    private final Account otherOfficer = staff(3, Role.OFFICER);
    private final Account leader = staff(4, Role.LEADER);
    private final Account lawyer = staff(5, Role.LAWYER);

    private static Account staff(long id, Role role) {
        return new Account(id, "s" + id, "s", null, Set.of(role), new StaffProfile("n", "1", "u", null, null),
                Instant.now());
    }

    private TicketState next(TicketState from, TicketAction action, Account actor, Long assignee) {
        return TicketStateMachine.next(from, action, actor, AUTHOR, assignee, Set.of(), true);
    }

    @Test
    void happyPathLeadsFromSubmittedToClosed() {
        assertEquals(TicketState.ACCEPTED, next(TicketState.SUBMITTED, TicketAction.ACCEPT, officer, null));
        assertEquals(TicketState.ASSIGNED, next(TicketState.ACCEPTED, TicketAction.ASSIGN, leader, null));
        assertEquals(TicketState.IN_PROGRESS, next(TicketState.ASSIGNED, TicketAction.START, officer, officer.id()));
        assertEquals(TicketState.RESOLVED, next(TicketState.IN_PROGRESS, TicketAction.RESOLVE, officer, officer.id()));
        assertEquals(TicketState.CLOSED, next(TicketState.RESOLVED, TicketAction.CONFIRM, author, officer.id()));
    }

    @Test
    void rejectAndReopen() {
        assertEquals(TicketState.REJECTED, next(TicketState.SUBMITTED, TicketAction.REJECT, officer, null));
        assertEquals(TicketState.REOPENED, next(TicketState.CLOSED, TicketAction.REOPEN, author, null));
        assertEquals(TicketState.REOPENED, next(TicketState.RESOLVED, TicketAction.REOPEN, author, null));
        assertEquals(TicketState.ACCEPTED, next(TicketState.REOPENED, TicketAction.ACCEPT, officer, null));
    }

    @Test
    void wrongRoleIsForbidden() {
        assertKind(ErrorKind.FORBIDDEN, () -> next(TicketState.SUBMITTED, TicketAction.ACCEPT, author, null));
        assertKind(ErrorKind.FORBIDDEN, () -> next(TicketState.SUBMITTED, TicketAction.ACCEPT, lawyer, null));
        assertKind(ErrorKind.FORBIDDEN, () -> next(TicketState.RESOLVED, TicketAction.CONFIRM, officer, null));
        assertKind(ErrorKind.FORBIDDEN, () -> next(TicketState.CLOSED, TicketAction.REOPEN, officer, null));
    }

    @Test
    void onlyTheAssigneeOrALeaderWorksOnAnAssignedTicket() {
        assertKind(ErrorKind.FORBIDDEN,
                () -> next(TicketState.ASSIGNED, TicketAction.START, otherOfficer, officer.id()));
        assertEquals(TicketState.RESOLVED, next(TicketState.ASSIGNED, TicketAction.RESOLVE, leader, officer.id()));
    }

    @Test
    void aBoardsAnsweringRoleHandlesTicketsOnThatBoardOnly() {
        assertEquals(TicketState.ACCEPTED, TicketStateMachine.next(TicketState.SUBMITTED, TicketAction.ACCEPT, lawyer,
                AUTHOR, null, Set.of("lawyer"), true));
        assertKind(ErrorKind.FORBIDDEN, () -> TicketStateMachine.next(TicketState.SUBMITTED, TicketAction.ACCEPT,
                lawyer, AUTHOR, null, Set.of("deputy"), true));
    }

    @Test
    void staffOutsideTheTicketsScopeAreRefusedButItsAuthorIsNot() {
        assertKind(ErrorKind.FORBIDDEN, () -> TicketStateMachine.next(TicketState.SUBMITTED, TicketAction.ACCEPT,
                officer, AUTHOR, null, Set.of(), false));
        assertEquals(TicketState.CLOSED, TicketStateMachine.next(TicketState.RESOLVED, TicketAction.CONFIRM, author,
                AUTHOR, null, Set.of(), false));
    }

    @Test
    void theScopeIsTheUnitAndBelowTheAddresseeTheAssigneeAndTheBoardsAnsweringRoles() {
        java.util.Map<String, java.util.List<String>> tree = java.util.Map.of(
                "bureau", java.util.List.of("bureau", "precinct-a", "precinct-b"),
                "u", java.util.List.of("u"));
        Account bureauLeader = new Account(9, "l", "l", null, Set.of(Role.LEADER),
                new StaffProfile("n", "9", "bureau", null, null), Instant.now());
        assertEquals(true, TicketScope.covers(bureauLeader, "precinct-a", null, null, Set.of(), tree::get));
        assertEquals(false, TicketScope.covers(officer, "precinct-a", null, null, Set.of(), tree::get));
        assertEquals(true, TicketScope.covers(officer, "precinct-a", officer.id(), null, Set.of(), tree::get));
        assertEquals(true, TicketScope.covers(officer, "precinct-a", null, officer.id(), Set.of(), tree::get));
        assertEquals(true, TicketScope.covers(lawyer, "precinct-a", null, null, Set.of("lawyer"), tree::get));
        assertEquals(true, TicketScope.covers(officer, null, null, null, Set.of(), tree::get));
        assertEquals(true, TicketScope.covers(officer, "u", null, null, Set.of(), tree::get));
        assertEquals(false, TicketScope.covers(author, null, null, null, Set.of(), tree::get));
    }

    @Test
    void rightActionAtWrongStateIsAConflict() {
        assertKind(ErrorKind.CONFLICT, () -> next(TicketState.CLOSED, TicketAction.ACCEPT, officer, null));
        assertKind(ErrorKind.CONFLICT, () -> next(TicketState.SUBMITTED, TicketAction.RESOLVE, officer, null));
        assertKind(ErrorKind.CONFLICT, () -> next(TicketState.SUBMITTED, TicketAction.CONFIRM, author, null));
        assertKind(ErrorKind.CONFLICT, () -> next(TicketState.REJECTED, TicketAction.REJECT, officer, null));
    }

    private static void assertKind(ErrorKind kind, Runnable action) {
        FengqiaoException e = assertThrows(FengqiaoException.class, action::run);
        assertEquals(kind, e.kind());
    }
}
