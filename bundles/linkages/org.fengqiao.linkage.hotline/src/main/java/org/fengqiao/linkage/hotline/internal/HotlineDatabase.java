package org.fengqiao.linkage.hotline.internal;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The hotline bridge's tables, migrated before anything uses them. */
@Component(service = HotlineDatabase.class)
public class HotlineDatabase extends BundleDatabase {

    @Activate
    public HotlineDatabase(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-hotline)") EntityManagerFactory emf) {
        super(dataSource, emf, "db/hotline/changelog.xml");
    }
}
