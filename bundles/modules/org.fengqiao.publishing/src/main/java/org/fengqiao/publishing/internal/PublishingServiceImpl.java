package org.fengqiao.publishing.internal;

import java.time.Instant;
import java.util.List;

import javax.persistence.TypedQuery;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.publishing.api.Article;
import org.fengqiao.publishing.api.ArticleKind;
import org.fengqiao.publishing.api.ClueReply;
import org.fengqiao.publishing.api.PublishingService;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PublishingService.class)
public class PublishingServiceImpl implements PublishingService {

    private final PublishingDatabase db;
    private final BoardRegistry boards;
    private final AuditLog audit;

    @Activate
    public PublishingServiceImpl(@Reference PublishingDatabase db, @Reference BoardRegistry boards,
            @Reference AuditLog audit) {
        this.db = db;
        this.boards = boards;
        this.audit = audit;
    }

    @Override
    public Article publish(Account staff, ArticleKind kind, String boardId, String title, String body) {
        ArticleRules.checkPublish(staff, kind, title, body);
        if (boardId != null && boards.board(boardId).isEmpty()) {
            throw FengqiaoException.notFound("board_not_installed", "no board '" + boardId + "' is installed");
        }
        Article published = db.inTransaction(em -> {
            ArticleEntity article = new ArticleEntity(kind, boardId, title.strip(), body.strip(), staff, Instant.now());
            em.persist(article);
            em.flush();
            return article.toArticle();
        });
        audit.append(AuditEntry.of(staff, "article.published", "article", String.valueOf(published.id()),
                kind.code()));
        return published;
    }

    @Override
    public List<Article> list(String boardId, ArticleKind kind, int page, int size) {
        String jpql = "SELECT a FROM ArticleEntity a WHERE " + (boardId == null ? "a.boardId IS NULL" : "a.boardId = :b")
                + (kind == null ? "" : " AND a.kind = :k") + " ORDER BY a.publishedAt DESC, a.id DESC";
        return db.inTransaction(em -> {
            TypedQuery<ArticleEntity> q = em.createQuery(jpql, ArticleEntity.class);
            if (boardId != null) {
                q.setParameter("b", boardId);
            }
            if (kind != null) {
                q.setParameter("k", kind.code());
            }
            return q.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                    .map(ArticleEntity::toArticle).toList();
        });
    }

    @Override
    public Article article(long id) {
        return db.inTransaction(em -> {
            ArticleEntity a = em.find(ArticleEntity.class, id);
            if (a == null) {
                throw FengqiaoException.notFound("article_not_found", "no article " + id);
            }
            return a.toArticle();
        });
    }

    @Override
    public ClueReply reply(long articleId, Account author, String body) {
        ArticleRules.checkReply(article(articleId).kind(), body);
        ClueReply replied = db.inTransaction(em -> {
            ClueReplyEntity reply = new ClueReplyEntity(articleId, author.id(), body.strip(), Instant.now());
            em.persist(reply);
            em.flush();
            return reply.toReply();
        });
        audit.append(AuditEntry.of(author, "article.clue_reply", "article", String.valueOf(articleId), null));
        return replied;
    }

    @Override
    public List<ClueReply> replies(long articleId, Account viewer) {
        article(articleId);
        boolean police = ArticleRules.readsAllReplies(viewer);
        if (police) {
            // clues name people: a police read of every reply is a staff read of personal data
            audit.append(AuditEntry.of(viewer, "personal_data.read", "article", String.valueOf(articleId),
                    "clue replies"));
        }
        return db.inTransaction(em -> {
            TypedQuery<ClueReplyEntity> q = em.createQuery("SELECT r FROM ClueReplyEntity r WHERE r.articleId = :a"
                    + (police ? "" : " AND r.authorId = :me") + " ORDER BY r.id", ClueReplyEntity.class)
                    .setParameter("a", articleId);
            if (!police) {
                q.setParameter("me", viewer.id());
            }
            return q.getResultList().stream().map(ClueReplyEntity::toReply).toList();
        });
    }
}
