package org.fengqiao.notification.api;

/**
 * Whiteboard SPI: a way to reach people (in-app inbox, SMS, WeChat, e-mail). Deliver quickly. Throw when the
 * notification could not be delivered: the event is handed over again, so keep each (event, recipient) once.
 */
public interface NotificationChannel {

    /** A stable id such as {@code inbox}. */
    String id();

    void deliver(Notification notification);
}
