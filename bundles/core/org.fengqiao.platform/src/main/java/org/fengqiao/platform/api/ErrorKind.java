package org.fengqiao.platform.api;

/** The kind of a refused request; the REST layer maps it to an HTTP status. */
public enum ErrorKind {
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    /** Too many attempts: the answer says when to try again ({@link FengqiaoException#RETRY_AFTER_SECONDS}). */
    TOO_MANY_REQUESTS(429),
    /** The server is too busy now: the answer says when to try again ({@link FengqiaoException#RETRY_AFTER_SECONDS}). */
    SERVICE_UNAVAILABLE(503);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
