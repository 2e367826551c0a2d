package org.fengqiao.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.fengqiao.board.api.Board;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.fengqiao.ticketing.api.TicketService;

/** Lists the installed boards with their stored tickets. */
@Service
@Command(scope = "fengqiao", name = "boards", description = "List installed service boards")
public class BoardsCommand implements Action {

    @Reference
    BoardRegistry boards;

    @Reference
    TicketService tickets;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Categories");
        table.column("Tickets");
        for (Board board : boards.boards()) {
            table.addRow().addContent(board.id(), board.name().zh() + " / " + board.name().en(),
                    board.categories().size(), tickets.countStored(board.id()));
        }
        table.print(System.out);
        return null;
    }
}
