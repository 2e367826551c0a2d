package org.fengqiao.cogovernance.internal;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The five-in-one module's tables, migrated before anything is read or written. */
@Component(service = CogovernanceDatabase.class)
public class CogovernanceDatabase extends BundleDatabase {

    @Activate
    public CogovernanceDatabase(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-cogovernance)") EntityManagerFactory emf) {
        super(dataSource, emf, "db/cogovernance/changelog.xml");
    }
}
