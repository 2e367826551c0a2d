package org.fengqiao.publishing.api;

import java.util.List;

import org.fengqiao.identity.api.Account;

/** Publishing by staff, reading by everyone, confidential answers to calls for clues. */
public interface PublishingService {

    /** Staff publish; {@code boardId} null puts the article on the front page. */
    Article publish(Account staff, ArticleKind kind, String boardId, String title, String body);

    /** Newest first; {@code boardId} null lists the front page, {@code kind} null every kind. */
    List<Article> list(String boardId, ArticleKind kind, int page, int size);

    Article article(long id);

    /** Anyone logged in answers a call for clues. */
    ClueReply reply(long articleId, Account author, String body);

    /** Police staff read every answer; anyone else reads only their own. */
    List<ClueReply> replies(long articleId, Account viewer);
}
