package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.Visibility;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketDeadlines;
import org.fengqiao.ticketing.api.TicketPolicy.Action;
import org.fengqiao.ticketing.api.TicketState;
import org.junit.jupiter.api.Test;

/** The authorisation table: who gets what for each action, on a public and on a confidential board. */
public class TicketRulesTest {

    private static final long AUTHOR = 1;
    // bureau → precinct-a, precinct-b; water is a department under the bureau
    private final TicketRules rules = new TicketRules(unit -> switch (unit) {
        case "bureau" -> List.of("bureau", "precinct-a", "precinct-b", "water");
        default -> List.of(unit);
    });

    private final Account author = new Account(AUTHOR, "a", "a", null, Set.of(Role.CITIZEN), null, Instant.now());
    private final Account citizen = new Account(2, "c", "c", null, Set.of(Role.CITIZEN), null, Instant.now());
    private final Account officerA = staff(3, "precinct-a", Role.OFFICER);
    private final Account officerB = staff(4, "precinct-b", Role.OFFICER);
    private final Account leaderAbove = staff(5, "bureau", Role.LEADER);
    private final Account leaderB = staff(6, "precinct-b", Role.LEADER);
    private final Account department = staff(7, "water", Role.DEPARTMENT_STAFF);
    private final Account admin = staff(8, "bureau", Role.ADMIN);

    private static Account staff(long id, String unit, Role role) {
        return new Account(id, "s" + id, "s", null, Set.of(role), new StaffProfile("n", "1", unit, null, null),
                Instant.now());
    }

    private static Board board(Visibility visibility, boolean mutualAid) {
        return new Board() {
            public String id() { return "b"; }
            public LocalizedText name() { return LocalizedText.of("板", "board"); }
            public LocalizedText description() { return LocalizedText.of("板", "board"); }
            public List<Category> categories() { return List.of(); }
            public List<IntakeField> fields() { return List.of(); }
            public Visibility visibility() { return visibility; }
            public boolean citizensMayReply() { return mutualAid; }
        };
    }

    private static Ticket ticketOf(String unit) {
        return new Ticket(10, "b", "general", "t", "b", Map.of(), AUTHOR, null, unit, null, TicketState.SUBMITTED,
                Instant.now(), Instant.now(), null, null, null, 0, null, null, null,
                new TicketDeadlines(null, null, 0, null), null, false, null);
    }

    private int status(Account actor, Action action, Board board) {
        return rules.refusal(actor, action, ticketOf("precinct-a"), board)
                .map(e -> e.kind().httpStatus()).orElse(200);
    }

    @Test
    public void handlingFollowsTheOrganisationTree() {
        Board open = board(Visibility.PUBLIC, false);
        assertEquals(200, status(officerA, Action.HANDLE, open));
        assertEquals(200, status(leaderAbove, Action.HANDLE, open));
        assertEquals(403, status(officerB, Action.HANDLE, open));
        assertEquals(403, status(leaderB, Action.HANDLE, open));
        assertEquals(403, status(department, Action.HANDLE, open));
        assertEquals(403, status(admin, Action.HANDLE, open));
        assertEquals(403, status(author, Action.HANDLE, open));
        assertEquals(401, status(null, Action.HANDLE, open));
        assertEquals(200, status(officerA, Action.DISPATCH, open));
        assertEquals(403, status(officerB, Action.DISPATCH, open));
        assertEquals(200, status(leaderAbove, Action.SUPERVISE, open));
        assertEquals(403, status(leaderB, Action.SUPERVISE, open));
        assertEquals(403, status(officerA, Action.SUPERVISE, open));
        assertEquals(200, status(officerA, Action.ACKNOWLEDGE, open));
        assertEquals(403, status(officerB, Action.ACKNOWLEDGE, open));
        assertEquals(200, status(officerA, Action.CONTACT, open));
        assertEquals(200, status(author, Action.CONTACT, open));
        assertEquals(403, status(officerB, Action.CONTACT, open));
    }

    @Test
    public void whoCannotReadAConfidentialTicketGets404ForEveryAction() {
        Board confidential = board(Visibility.CONFIDENTIAL, false);
        for (Action action : Action.values()) {
            assertEquals(404, status(citizen, action, confidential), action.name());
            assertEquals(404, status(null, action, confidential), action.name());
            assertEquals(404, status(department, action, confidential), action.name());
            assertEquals(404, status(admin, action, confidential), action.name());
        }
        assertEquals(200, status(author, Action.READ, confidential));
        assertEquals(200, status(officerB, Action.READ, confidential));
        assertEquals(403, status(officerB, Action.HANDLE, confidential));
    }

    @Test
    public void citizensReplyOnlyToTheirOwnOrOnMutualAidBoards() {
        assertEquals(403, status(citizen, Action.REPLY, board(Visibility.PUBLIC, false)));
        assertEquals(200, status(citizen, Action.REPLY, board(Visibility.PUBLIC, true)));
        assertEquals(200, status(author, Action.REPLY, board(Visibility.PUBLIC, false)));
        assertEquals(200, status(citizen, Action.FOLLOW, board(Visibility.PUBLIC, false)));
        assertEquals(200, status(author, Action.RATE, board(Visibility.PUBLIC, false)));
        assertEquals(403, status(citizen, Action.RATE, board(Visibility.PUBLIC, false)));
        assertEquals(403, status(citizen, Action.HIDE, board(Visibility.PUBLIC, false)));
        assertEquals(200, status(admin, Action.HIDE, board(Visibility.PUBLIC, false)));
    }
}
