package org.fengqiao.identity.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.fengqiao.identity.api.AuditEntry;
import org.fengqiao.identity.api.AuditLog;
import org.fengqiao.identity.api.AuditQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit log in table FQ_AUDIT; appending is idempotent on the source key. */
@Component(service = AuditLog.class)
public class AuditLogImpl implements AuditLog {

    private final IdentityDatabase db;

    @Activate
    public AuditLogImpl(@Reference IdentityDatabase db) {
        this.db = db;
    }

    @Override
    public void append(AuditEntry entry) {
        // nothing a kept public answer shows: kept answers stay valid
        db.inBookkeepingTransaction(em -> {
            if (entry.sourceKey() != null && !em.createQuery("SELECT a.id FROM AuditEntity a WHERE a.sourceKey = :k",
                    Long.class).setParameter("k", entry.sourceKey()).setMaxResults(1).getResultList().isEmpty()) {
                return null;
            }
            em.persist(new AuditEntity(entry));
            return null;
        });
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        return db.inTransaction(em -> query(em, q, "SELECT a", " ORDER BY a.id DESC", AuditEntity.class)
                .setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList().stream()
                .map(AuditEntity::toEntry).toList());
    }

    @Override
    public long count(AuditQuery q) {
        return db.inTransaction(em -> query(em, q, "SELECT COUNT(a)", "", Long.class).getSingleResult());
    }

    private static <T> TypedQuery<T> query(EntityManager em, AuditQuery q, String select, String order,
            Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        criterion(where, params, "a.actorId = :actor", "actor", q.actorId());
        criterion(where, params, "a.subjectType = :type", "type", q.subjectType());
        criterion(where, params, "a.subjectId = :subject", "subject", q.subjectId());
        criterion(where, params, "a.action = :action", "action", q.action());
        criterion(where, params, "a.at >= :since", "since", q.since() == null ? null : Timestamp.from(q.since()));
        criterion(where, params, "a.at < :until", "until", q.until() == null ? null : Timestamp.from(q.until()));
        TypedQuery<T> query = em.createQuery(select + " FROM AuditEntity a"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order, type);
        params.forEach(query::setParameter);
        return query;
    }

    private static void criterion(List<String> where, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }
}
