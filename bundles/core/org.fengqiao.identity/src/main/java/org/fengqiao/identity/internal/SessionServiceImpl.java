package org.fengqiao.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.fengqiao.identity.api.SessionInfo;
import org.fengqiao.identity.api.SessionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Logins stored as token hashes in {@code FQ_SESSION}; ending one deletes its row, so its token stops at once. */
@Component(service = SessionService.class)
public class SessionServiceImpl implements SessionService {

    private final IdentityDatabase db;

    @Activate
    public SessionServiceImpl(@Reference IdentityDatabase db) {
        this.db = db;
    }

    @Override
    public void logout(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        db.inTransaction(em -> em.createNativeQuery("DELETE FROM FQ_SESSION WHERE TOKEN_HASH = ?")
                .setParameter(1, TokenHash.of(token)).executeUpdate());
    }

    @Override
    public List<SessionInfo> sessions(long accountId, String currentToken) {
        String current = currentToken == null ? "" : TokenHash.of(currentToken);
        return db.read(em -> em.createQuery("SELECT s FROM SessionEntity s WHERE s.accountId = :a"
                + " AND s.expiresAt > :now ORDER BY s.createdAt DESC", SessionEntity.class)
                .setParameter("a", accountId).setParameter("now", Timestamp.from(Instant.now())).getResultList()
                .stream().map(s -> new SessionInfo(TokenHash.sessionId(s.tokenHash()), s.createdAt(), s.expiresAt(),
                        s.tokenHash().equals(current)))
                .toList());
    }

    @Override
    public boolean revoke(long accountId, String sessionId) {
        if (sessionId == null || !sessionId.matches("[0-9a-f]{" + TokenHash.SESSION_ID_LENGTH + "}")) {
            return false;
        }
        return db.inTransaction(em -> em.createNativeQuery("DELETE FROM FQ_SESSION WHERE ACCOUNT_ID = ?"
                + " AND TOKEN_HASH LIKE ?").setParameter(1, accountId).setParameter(2, sessionId + "%")
                .executeUpdate()) > 0;
    }

    @Override
    public int revokeAll(long accountId, String keepToken) {
        return db.inTransaction(em -> endOthers(em, accountId, keepToken));
    }

    /**
     * Ends every session of the account but the one of {@code keepToken} ({@code null}: all), in {@code em}'s work.
     * Session deletes are SQL, not JPQL: OpenJPA writes a bulk JPQL delete on Derby as a subselect that scans the table.
     */
    static int endOthers(javax.persistence.EntityManager em, long accountId, String keepToken) {
        String keep = keepToken == null ? "" : TokenHash.of(keepToken);
        return em.createNativeQuery("DELETE FROM FQ_SESSION WHERE ACCOUNT_ID = ? AND TOKEN_HASH <> ?")
                .setParameter(1, accountId).setParameter(2, keep).executeUpdate();
    }
}
