package org.fengqiao.linkage.internal;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The linkage module's tables, migrated before anything uses them. */
@Component(service = LinkageDatabase.class)
public class LinkageDatabase extends BundleDatabase {

    @Activate
    public LinkageDatabase(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-linkage)") EntityManagerFactory emf) {
        super(dataSource, emf, "db/linkage/changelog.xml");
    }
}
