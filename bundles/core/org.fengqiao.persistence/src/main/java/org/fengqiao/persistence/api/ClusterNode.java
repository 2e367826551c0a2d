package org.fengqiao.persistence.api;

import java.time.Instant;

/**
 * A node of the cluster as the registry shows it: {@code alive} while its heartbeat is recent, {@code build} the
 * version of the platform it runs.
 */
public record ClusterNode(String id, String name, String build, Instant startedAt, Instant seenAt, boolean alive,
        boolean self) {
}
