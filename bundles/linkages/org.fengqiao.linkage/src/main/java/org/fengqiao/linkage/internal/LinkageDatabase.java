package org.fengqiao.linkage.internal;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.fengqiao.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The linkage module's tables, migrated before anything uses them. Waits for ticketing, whose timeline rows of this
 * module one migration renames (linkage-3).
 */
@Component(service = LinkageDatabase.class)
public class LinkageDatabase extends BundleDatabase {

    @Activate
    public LinkageDatabase(@Reference(target = DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference(target = "(osgi.unit.name=fengqiao-linkage)") EntityManagerFactory emf,
            @Reference TicketService ticketingMigrated) {
        super(dataSource, emf, "db/linkage/changelog.xml");
    }
}
