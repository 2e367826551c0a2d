/**
 * Notifications of ticket changes (P7). Delivery channels are plugins: register a
 * {@link org.fengqiao.notification.api.NotificationChannel} service; the in-app inbox is the one shipped.
 */
@org.osgi.annotation.versioning.Version("2.0.0")
package org.fengqiao.notification.api;
