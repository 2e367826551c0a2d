package org.fengqiao.identity.internal;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.fengqiao.persistence.api.Cluster;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The identity tables, migrated before any identity service is used. */
@Component(service = IdentityDatabase.class)
public class IdentityDatabase extends BundleDatabase {

    @Activate
    public IdentityDatabase(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-identity)") EntityManagerFactory emf,
            @Reference Cluster cluster) {
        super(dataSource, emf, "db/identity/changelog.xml", cluster);
    }
}
