package org.fengqiao.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class BoardRegistryTest {

    private static Board board(String id) {
        return new SimpleBoard(id, LocalizedText.of("宠物", "Pets"), LocalizedText.of("", ""),
                List.of(Category.of("dog", "犬", "Dog", java.time.Duration.ofHours(1), java.time.Duration.ofDays(1))),
                List.of()) {
        };
    }

    private static BoardRegistryImpl.Candidate candidate(Board board, String version, long serviceId) {
        return new BoardRegistryImpl.Candidate(board, Version.parseVersion(version), serviceId,
                Map.of("routing", "unit-" + version));
    }

    @Test
    void aNewerVersionServesAtOnceAndTheOlderTakesOverWhenItLeaves() {
        BoardRegistryImpl registry = new BoardRegistryImpl();
        Board old = board("pets");
        Board newer = board("pets");
        registry.add(candidate(old, "1.0.0", 10));
        registry.add(candidate(newer, "1.0.1", 11));
        assertSame(newer, registry.board("pets").orElseThrow());
        assertEquals("1.0.1", registry.registration("pets").orElseThrow().version());
        assertEquals(Map.of("routing", "unit-1.0.1"), registry.registration("pets").orElseThrow().settings());

        registry.remove(old);
        assertSame(newer, registry.board("pets").orElseThrow(), "removing the old one leaves the new one serving");
        registry.add(candidate(old, "1.0.0", 12));
        registry.remove(newer);
        assertSame(old, registry.board("pets").orElseThrow(), "the one left is taken back");
        registry.remove(old);
        assertTrue(registry.board("pets").isEmpty());
        assertTrue(registry.boards().isEmpty());
    }

    @Test
    void anOlderVersionDeployedLaterDoesNotServe() {
        BoardRegistryImpl registry = new BoardRegistryImpl();
        Board newer = board("pets");
        registry.add(candidate(newer, "2.0.0", 5));
        registry.add(candidate(board("pets"), "1.9.9", 6));
        assertSame(newer, registry.board("pets").orElseThrow());
    }

    @Test
    void onEqualVersionsTheFirstRegisteredServes() {
        BoardRegistryImpl registry = new BoardRegistryImpl();
        Board first = board("pets");
        registry.add(candidate(board("pets"), "1.0.0", 9));
        registry.add(candidate(first, "1.0.0", 3));
        assertSame(first, registry.board("pets").orElseThrow());
    }

    @Test
    void idsThatCannotBeInUrlsAndServiceCodesAreRefused() {
        BoardRegistryImpl registry = new BoardRegistryImpl();
        registry.add(candidate(board("pet-shop"), "1.0.0", 1));
        registry.add(candidate(board("Pets"), "1.0.0", 2));
        registry.add(candidate(board("p"), "1.0.0", 3));
        assertTrue(registry.boards().isEmpty());
        registry.add(candidate(board("pets_2"), "1.0.0", 4));
        assertEquals(List.of("pets_2"), registry.boards().stream().map(Board::id).toList());
    }

    @Test
    void boardsAreListedByIdOncePerId() {
        BoardRegistryImpl registry = new BoardRegistryImpl();
        registry.add(candidate(board("traffic"), "1.0.0", 1));
        registry.add(candidate(board("pets"), "1.0.0", 2));
        registry.add(candidate(board("pets"), "1.1.0", 3));
        assertEquals(List.of("pets", "traffic"), registry.boards().stream().map(Board::id).toList());
    }
}
