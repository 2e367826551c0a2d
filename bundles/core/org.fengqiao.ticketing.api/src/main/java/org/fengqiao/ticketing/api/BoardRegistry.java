package org.fengqiao.ticketing.api;

import java.util.List;
import java.util.Optional;

import org.fengqiao.board.api.Board;

/** The boards installed right now. */
public interface BoardRegistry {

    /** Installed boards, by id. */
    List<Board> boards();

    Optional<Board> board(String id);
}
