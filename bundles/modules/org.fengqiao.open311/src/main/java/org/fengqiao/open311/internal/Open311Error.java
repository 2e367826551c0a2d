package org.fengqiao.open311.internal;

/** A GeoReport v2 error: its HTTP status is also its {@code code}. */
final class Open311Error extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    Open311Error(int status, String description) {
        super(description);
        this.status = status;
    }

    int status() {
        return status;
    }
}
