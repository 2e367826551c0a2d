package org.fengqiao.ticketing.internal;

import java.util.Optional;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link TicketRules} over the installed boards and the organisation tree. */
@Component(service = {TicketPolicy.class, TicketPolicyImpl.class})
public class TicketPolicyImpl implements TicketPolicy {

    private final TicketRecords records;
    private final TicketRules rules;

    @Activate
    public TicketPolicyImpl(@Reference TicketRecords records, @Reference IdentityService identity) {
        this.records = records;
        this.rules = new TicketRules(identity::unitAndDescendants);
    }

    @Override
    public Optional<FengqiaoException> refusal(Account actor, Action action, Ticket ticket) {
        return rules.refusal(actor, action, ticket, records.installedBoard(ticket.boardId()));
    }
}
