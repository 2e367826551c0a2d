package org.fengqiao.publishing.api;

import java.time.Instant;

/**
 * A published article.
 *
 * @param boardId the board it is published on, {@code null} for the front page
 */
public record Article(long id, ArticleKind kind, String boardId, String title, String body, long authorId,
        String authorName, String authorUnitCode, Instant publishedAt) {
}
