package org.fengqiao.ticketing.internal;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The ticketing tables, migrated before any ticketing service is used. */
@Component(service = TicketingDatabase.class)
public class TicketingDatabase extends BundleDatabase {

    @Activate
    public TicketingDatabase(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-ticketing)") EntityManagerFactory emf) {
        super(dataSource, emf, "db/ticketing/changelog.xml");
    }
}
