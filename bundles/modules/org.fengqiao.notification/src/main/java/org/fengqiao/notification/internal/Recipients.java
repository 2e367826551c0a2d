package org.fengqiao.notification.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TimelineEntry;

/**
 * Who hears of an event (P7): everyone following the ticket (of a new post: its addressee); on an escalation also the leaders of the unit now
 * handling it; with an alert unit (emergency, order, a task sent back) every staff member of that unit; never the
 * person who did it.
 */
final class Recipients {

    private Recipients() {
    }

    static Set<Long> of(TicketEvent event, Collection<Long> followers, Function<String, List<Long>> leadersOf,
            Function<String, List<Long>> staffOf) {
        Set<Long> recipients = new LinkedHashSet<>();
        if (TimelineEntry.Kind.CREATED.equals(event.kind())) {
            // nobody follows a post before it exists: someone who followed before the event was delivered is not
            // told of the creation, only the person it is addressed to
            if (event.addresseeId() != null && followers.contains(event.addresseeId())) {
                recipients.add(event.addresseeId());
            }
        } else {
            recipients.addAll(followers);
        }
        if (TimelineEntry.Kind.ESCALATED.equals(event.kind()) && event.unitCode() != null) {
            recipients.addAll(leadersOf.apply(event.unitCode()));
        }
        if (event.alertUnit() != null) {
            recipients.addAll(staffOf.apply(event.alertUnit()));
        }
        recipients.remove(event.actorId());
        return recipients;
    }
}
