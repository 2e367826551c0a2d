package org.fengqiao.notification.internal;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The notification tables, migrated before the inbox is used. */
@Component(service = NotificationDatabase.class)
public class NotificationDatabase extends BundleDatabase {

    @Activate
    public NotificationDatabase(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-notification)") EntityManagerFactory emf) {
        super(dataSource, emf, "db/notification/changelog.xml");
    }
}
