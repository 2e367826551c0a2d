package org.fengqiao.platform.api;

/**
 * One thing wrong with an input.
 *
 * @param field the input field it concerns, or {@code null} for the whole input
 * @param code a stable machine-readable code, e.g. {@code required}
 * @param message a human-readable explanation
 */
public record Problem(String field, String code, String message) {
}
