package org.fengqiao.publishing.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fengqiao.publishing.api.ClueReply;

@Entity
@Table(name = "FQ_CLUE_REPLY")
public class ClueReplyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "ARTICLE_ID")
    private long articleId;
    @Column(name = "AUTHOR_ID")
    private long authorId;
    @Column(name = "BODY")
    private String body;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;

    protected ClueReplyEntity() {
    }

    ClueReplyEntity(long articleId, long authorId, String body, Instant now) {
        this.articleId = articleId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = Timestamp.from(now);
    }

    ClueReply toReply() {
        return new ClueReply(id, articleId, authorId, body, createdAt.toInstant());
    }
}
