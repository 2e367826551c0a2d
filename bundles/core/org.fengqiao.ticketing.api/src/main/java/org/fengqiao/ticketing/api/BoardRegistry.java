package org.fengqiao.ticketing.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.board.api.Board;

/**
 * The boards installed right now. When two plugins register one board id (a new version deployed beside the old
 * one), the one of the highest bundle version serves, the earlier registered on a tie; when it leaves, the next one
 * serves at once.
 */
public interface BoardRegistry {

    /** Installed boards, by id. */
    List<Board> boards();

    Optional<Board> board(String id);

    /**
     * The serving registration of a board: its plugin's version and its settings (since 2.9).
     */
    default Optional<Registration> registration(String id) {
        return board(id).map(b -> new Registration(b, "0.0.0", Map.of()));
    }

    /**
     * A board as its plugin registered it.
     *
     * @param version the plugin bundle's version
     * @param settings the board service's properties: the plugin's defaults ({@code routing},
     *            {@code routing.<category>}, {@code deadline[.<category>].first-response|resolution}), as its own
     *            configuration overrides them
     */
    record Registration(Board board, String version, Map<String, Object> settings) {
        public Registration {
            settings = Map.copyOf(settings);
        }
    }
}
