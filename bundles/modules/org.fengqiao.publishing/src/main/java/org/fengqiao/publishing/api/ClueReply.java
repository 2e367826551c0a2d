package org.fengqiao.publishing.api;

import java.time.Instant;

/** A citizen's answer to a call for clues: seen only by its author and police staff. */
public record ClueReply(long id, long articleId, long authorId, String body, Instant createdAt) {
}
