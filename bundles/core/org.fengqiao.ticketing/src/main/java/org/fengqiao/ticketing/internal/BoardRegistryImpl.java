package org.fengqiao.ticketing.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.fengqiao.board.api.Board;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tracks board plugins as they come and go (whiteboard); a board's tickets stay stored while it is away. */
@Component(service = BoardRegistry.class)
public class BoardRegistryImpl implements BoardRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(BoardRegistryImpl.class);

    private final Map<String, Board> boards = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addBoard(Board board) {
        Board previous = boards.putIfAbsent(board.id(), board);
        if (previous != null && previous != board) {
            LOG.error("Board id '{}' is registered twice ({} and {}); the second is ignored", board.id(),
                    previous.getClass().getName(), board.getClass().getName());
        } else {
            LOG.info("Board installed: {}", board.id());
        }
    }

    void removeBoard(Board board) {
        if (boards.remove(board.id(), board)) {
            LOG.info("Board uninstalled: {}", board.id());
        }
    }

    @Override
    public List<Board> boards() {
        return boards.values().stream().sorted(Comparator.comparing(Board::id)).toList();
    }

    @Override
    public Optional<Board> board(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(boards.get(id));
    }
}
