package org.fengqiao.publishing.internal;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The publishing tables, migrated before anything is published. */
@Component(service = PublishingDatabase.class)
public class PublishingDatabase extends BundleDatabase {

    @Activate
    public PublishingDatabase(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-publishing)") EntityManagerFactory emf) {
        super(dataSource, emf, "db/publishing/changelog.xml");
    }
}
