package org.fengqiao.notification.api;

/** Whiteboard SPI: a way to reach people (in-app inbox, SMS, WeChat, e-mail). Deliver quickly; never throw. */
public interface NotificationChannel {

    /** A stable id such as {@code inbox}. */
    String id();

    void deliver(Notification notification);
}
