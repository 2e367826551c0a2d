package org.fengqiao.identity.api;

/** A citizen's self-registration. */
public record Registration(String username, String password, String displayName, String phone) {
}
