package org.fengqiao.notification.internal;

import java.util.Collection;

import org.fengqiao.notification.api.Notification;
import org.fengqiao.notification.api.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands notifications to every channel. A channel that fails does not keep the others from delivering; the first
 * failure is thrown at the end, so the outbox hands the event over again (channels keep each event and recipient
 * once). With no channel bound (yet), nothing is taken: the event comes again.
 */
final class ChannelFanOut {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelFanOut.class);

    private ChannelFanOut() {
    }

    static void deliver(Collection<Notification> notifications, Collection<NotificationChannel> channels) {
        if (!notifications.isEmpty() && channels.isEmpty()) {
            // right after a start the listener can be handed events before the inbox is bound: keep them
            throw new IllegalStateException("no notification channel is bound yet");
        }
        RuntimeException failed = null;
        for (Notification n : notifications) {
            for (NotificationChannel channel : channels) {
                try {
                    channel.deliver(n);
                } catch (RuntimeException e) {
                    LOG.warn("Channel {} failed to deliver event {} to {}: {}", channel.id(), n.eventId(),
                            n.recipientId(), e.toString());
                    failed = failed == null ? e : failed;
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
