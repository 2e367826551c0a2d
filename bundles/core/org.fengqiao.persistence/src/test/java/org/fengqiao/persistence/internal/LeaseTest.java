package org.fengqiao.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.fengqiao.persistence.api.SchemaMigrations;
import org.junit.jupiter.api.Test;

/** Leases and the node registry on the real tables (embedded Derby), as two nodes would see them. */
class LeaseTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static EmbeddedDataSource database(String name) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        SchemaMigrations.migrate(dataSource, ClusterService.class, "db/persistence/changelog.xml");
        return dataSource;
    }

    @Test
    void oneHolderAtATimeUntilItsLeaseRunsOutOrItLetsGo() throws SQLException {
        ClusterStore store = new ClusterStore(database("leases"));
        assertEquals(Optional.empty(), store.claim("sweep:x", "a", NOW, NOW.plusSeconds(30)), "free work is taken");
        assertEquals(Optional.of(NOW.plusSeconds(30)), store.claim("sweep:x", "b", NOW.plusSeconds(10),
                NOW.plusSeconds(40)), "held by a: b is told until when");
        assertEquals(Optional.empty(), store.claim("sweep:x", "a", NOW.plusSeconds(15), NOW.plusSeconds(45)),
                "a renews its own");
        assertEquals(Optional.of(NOW.plusSeconds(45)), store.claim("sweep:x", "b", NOW.plusSeconds(44),
                NOW.plusSeconds(74)));
        assertEquals(Optional.empty(), store.claim("sweep:x", "b", NOW.plusSeconds(46), NOW.plusSeconds(76)),
                "a stopped renewing: b takes the work over");
        assertEquals(Optional.of(NOW.plusSeconds(76)), store.claim("sweep:x", "a", NOW.plusSeconds(47),
                NOW.plusSeconds(77)), "and a no longer has it");
        store.release("sweep:x", "b");
        assertEquals(Optional.empty(), store.claim("sweep:x", "a", NOW.plusSeconds(48), NOW.plusSeconds(78)),
                "released: taken at once");
        assertEquals(Optional.empty(), store.claim("sweep:y", "b", NOW, NOW.plusSeconds(30)), "other work is apart");
    }

    @Test
    void aLeaseAsksTheDatabaseOnlyWhenHalfOfItsTermIsGone() throws SQLException {
        EmbeddedDataSource dataSource = database("cached");
        ClusterStore store = new ClusterStore(dataSource);
        StoredLease mine = new StoredLease(store, "outbox:audit", "a", Duration.ofSeconds(30));
        StoredLease theirs = new StoredLease(store, "outbox:audit", "b", Duration.ofSeconds(30));
        assertTrue(mine.held());
        assertFalse(theirs.held());
        // b read a's expiry: it asks again only after it; a, within the first half of its term, does not ask at all
        execute(dataSource, "DELETE FROM FQ_LEASE");
        assertTrue(mine.held());
        assertFalse(theirs.held());
        mine.release();
        assertEquals(Optional.empty(), store.claim("outbox:audit", "c", Instant.now(), Instant.now().plusSeconds(5)));
        assertFalse(mine.held(), "after a release the lease is asked for again, and c holds it");
    }

    @Test
    void theRegistryListsNodesByHeartbeatAndForgetsALeavingNodeAndItsLeases() throws SQLException {
        ClusterStore store = new ClusterStore(database("registry"));
        store.heartbeat("n1", "node-1", "1.0", NOW, NOW);
        store.heartbeat("n2", "node-2", "1.1", NOW.plusSeconds(1), NOW.plusSeconds(1));
        store.heartbeat("n1", "node-1", "1.0", NOW, NOW.plusSeconds(5));
        List<ClusterStore.NodeRow> nodes = store.nodes(NOW.minusSeconds(60), "n1");
        assertEquals(List.of("node-1", "node-2"), nodes.stream().map(ClusterStore.NodeRow::name).toList());
        assertEquals(NOW.plusSeconds(5), nodes.get(0).seenAt());
        assertEquals("1.1", nodes.get(1).build());
        assertEquals(List.of("node-1"), store.nodes(NOW.plusSeconds(3), "n1").stream()
                .map(ClusterStore.NodeRow::name).toList(), "node-2 has not been seen since");
        assertEquals(List.of("node-2"), store.nodes(NOW.plusSeconds(30), "n2").stream()
                .map(ClusterStore.NodeRow::name).toList(), "a node always sees itself");

        store.claim("sweep:x", "n2", NOW, NOW.plusSeconds(30));
        store.leave("n2", NOW.minusSeconds(3600));
        assertEquals(List.of("node-1"), store.nodes(NOW.minusSeconds(60), "n1").stream()
                .map(ClusterStore.NodeRow::name).toList());
        assertEquals(Optional.empty(), store.claim("sweep:x", "n1", NOW.plusSeconds(2), NOW.plusSeconds(32)),
                "its leases went with it");
    }

    private static void execute(EmbeddedDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
