package org.fengqiao.captain.internal;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.fengqiao.captain.api.CommunityAlerts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Alerts by the community of the building whose record raised them. */
@Component(service = CommunityAlerts.class)
public class CommunityAlertsImpl implements CommunityAlerts {

    private static final String OF_COMMUNITY = "SELECT a FROM AlertEntity a, FieldRecordEntity r, AddressEntity b"
            + " WHERE a.recordId = r.id AND r.buildingId = b.id AND b.unitCode = :community";

    private final CaptainDatabase db;

    @Activate
    public CommunityAlertsImpl(@Reference CaptainDatabase db) {
        this.db = db;
    }

    @Override
    public List<Alert> open(String communityUnit, int limit) {
        return db.read(em -> query(em, OF_COMMUNITY + " AND a.ackAt IS NULL ORDER BY a.raisedAt DESC, a.id DESC",
                communityUnit).setMaxResults(limit).getResultList().stream().map(CommunityAlertsImpl::view).toList());
    }

    @Override
    public Optional<Alert> alert(String communityUnit, long id) {
        return db.read(em -> query(em, OF_COMMUNITY + " AND a.id = :id", communityUnit).setParameter("id", id)
                .getResultList().stream().findFirst().map(CommunityAlertsImpl::view));
    }

    private static TypedQuery<AlertEntity> query(EntityManager em, String jpql, String community) {
        return em.createQuery(jpql, AlertEntity.class).setParameter("community", community);
    }

    private static Alert view(AlertEntity a) {
        return new Alert(a.id(), a.ruleId(), a.ticketId(), a.message(), a.raisedAt(), a.ackAt() != null);
    }
}
