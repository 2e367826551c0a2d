package org.fengqiao.open311.internal;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Open311 server's table, migrated before anything uses it. */
@Component(service = Open311Database.class)
public class Open311Database extends BundleDatabase {

    @Activate
    public Open311Database(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-open311)") EntityManagerFactory emf) {
        super(dataSource, emf, "db/open311/changelog.xml");
    }
}
