package org.fengqiao.ticketing.api;

/**
 * How to reach the person behind a request that came from another system (a hotline caller, an Open311 requester).
 * Never public: only staff and the ticket's author see it. Every part may be {@code null}.
 */
public record Contact(String name, String phone, String email) {
}
