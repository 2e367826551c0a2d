package org.fengqiao.publishing.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.fengqiao.identity.api.Account;
import org.fengqiao.publishing.api.Article;
import org.fengqiao.publishing.api.ArticleKind;

@Entity
@Table(name = "FQ_ARTICLE")
public class ArticleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "KIND")
    private String kind;
    @Column(name = "BOARD_ID")
    private String boardId;
    @Column(name = "TITLE")
    private String title;
    @Lob
    @Column(name = "BODY")
    private String body;
    @Column(name = "AUTHOR_ID")
    private long authorId;
    @Column(name = "AUTHOR_NAME")
    private String authorName;
    @Column(name = "AUTHOR_UNIT_CODE")
    private String authorUnitCode;
    @Column(name = "PUBLISHED_AT")
    private Timestamp publishedAt;

    protected ArticleEntity() {
    }

    ArticleEntity(ArticleKind kind, String boardId, String title, String body, Account author, Instant now) {
        this.kind = kind.code();
        this.boardId = boardId;
        this.title = title;
        this.body = body;
        this.authorId = author.id();
        this.authorName = author.publicName();
        this.authorUnitCode = author.staff().unitCode();
        this.publishedAt = Timestamp.from(now);
    }

    Article toArticle() {
        return new Article(id, ArticleKind.fromCode(kind).orElseThrow(), boardId, title, body, authorId, authorName,
                authorUnitCode, publishedAt.toInstant());
    }
}
