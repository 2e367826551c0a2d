package org.fengqiao.captain.internal;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The captain module's tables, migrated before anything is read or written. */
@Component(service = CaptainDatabase.class)
public class CaptainDatabase extends BundleDatabase {

    @Activate
    public CaptainDatabase(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-captain)") EntityManagerFactory emf) {
        super(dataSource, emf, "db/captain/changelog.xml");
    }

    /**
     * The change number of the calling transaction: every transaction that changes what devices download takes the
     * next one first, and holds the counter's row lock until it ends. So change numbers become visible in order, and
     * a device that saw number n has seen every change up to n.
     */
    static long nextChange(EntityManager em) {
        em.createNativeQuery("UPDATE FQ_CAP_SEQ SET N = N + 1 WHERE ID = 1").executeUpdate();
        return currentChange(em);
    }

    /** The last change number committed (or taken by this transaction). */
    static long currentChange(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT N FROM FQ_CAP_SEQ WHERE ID = 1").getSingleResult()).longValue();
    }
}
