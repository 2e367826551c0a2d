package org.fengqiao.notification.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffQuery;
import org.fengqiao.notification.api.Notification;
import org.fengqiao.notification.api.NotificationChannel;
import org.fengqiao.ticketing.api.FollowService;
import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TicketListener;
import org.fengqiao.ticketing.api.TimelineVocabulary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Tells everyone interested in a ticket of each change — author, addressee, assignee, followers, on an escalation
 * the leaders of the new unit, on an emergency or an order every staff member of the alerted unit — through every
 * installed channel. The person who acted is not told.
 */
@Component(service = TicketListener.class)
public class NotificationDispatcher implements TicketListener {

    private final FollowService follows;
    private final IdentityService identity;
    private final TimelineVocabulary vocabulary;
    private final List<NotificationChannel> channels = new CopyOnWriteArrayList<>();

    @Activate
    public NotificationDispatcher(@Reference FollowService follows,
            @Reference IdentityService identity, @Reference TimelineVocabulary vocabulary) {
        this.follows = follows;
        this.vocabulary = vocabulary;
        this.identity = identity;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(NotificationChannel channel) {
        channels.add(channel);
    }

    void removeChannel(NotificationChannel channel) {
        channels.remove(channel);
    }

    @Override
    public void ticketChanged(TicketEvent event) {
        Set<Long> recipients = Recipients.of(event, follows.interested(event.ticketId()), this::leadersOf,
                this::staffOf);
        String message = NotificationMessages.of(event, vocabulary);
        ChannelFanOut.deliver(recipients.stream().map(recipient -> new Notification(recipient, event.ticketId(),
                event.kind().code(), message, event.at(), event.eventId())).toList(), channels);
    }

    private List<Long> staffOf(String unitCode) {
        return identity.staffDirectory(new StaffQuery(null, unitCode, null, 0, 500)).stream()
                .filter(a -> unitCode.equals(a.staff().unitCode())).map(Account::id).toList();
    }

    private List<Long> leadersOf(String unitCode) {
        if (unitCode == null) {
            return List.of();
        }
        return identity.staffDirectory(new StaffQuery(null, unitCode, Role.LEADER, 0, 200)).stream()
                .filter(a -> unitCode.equals(a.staff().unitCode())).map(Account::id).toList();
    }
}
