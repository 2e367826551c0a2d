package org.fengqiao.captain.api;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The captain module's early-warning alerts of one community, for other modules (a joint meeting's agenda). Registered
 * by the captain module while it is installed; a module that uses it must work without it.
 */
@ProviderType
public interface CommunityAlerts {

    /** Alerts no one acknowledged yet, raised on records of buildings in {@code communityUnit}, newest first. */
    List<Alert> open(String communityUnit, int limit);

    /** One alert of the community, acknowledged or not; empty if it is not one of that community's. */
    java.util.Optional<Alert> alert(String communityUnit, long id);

    /**
     * @param ticketId the ticket the alert was told on, {@code null} until it was posted
     */
    record Alert(long id, String rule, Long ticketId, String message, Instant raisedAt, boolean acknowledged) {
    }
}
