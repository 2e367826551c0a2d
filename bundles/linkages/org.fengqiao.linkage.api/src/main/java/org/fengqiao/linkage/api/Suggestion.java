package org.fengqiao.linkage.api;

/**
 * A classification proposed for a ticket.
 *
 * @param reason what matched: the ticket's category, or the keywords found in it
 */
public record Suggestion(String linkageId, String category, String reason) {
}
