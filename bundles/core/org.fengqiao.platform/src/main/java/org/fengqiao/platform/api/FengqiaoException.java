package org.fengqiao.platform.api;

import java.util.List;
import java.util.Map;

/** A refused request: a stable error code, a message, and optional details. */
public class FengqiaoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Attribute of a {@link ErrorKind#TOO_MANY_REQUESTS} refusal: seconds until a retry can succeed. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private final ErrorKind kind;
    private final String code;
    private final List<Problem> problems;
    private final Map<String, Object> attributes;

    public FengqiaoException(ErrorKind kind, String code, String message) {
        this(kind, code, message, List.of(), Map.of());
    }

    public FengqiaoException(ErrorKind kind, String code, String message, List<Problem> problems,
            Map<String, Object> attributes) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.problems = List.copyOf(problems);
        this.attributes = Map.copyOf(attributes);
    }

    public static FengqiaoException invalid(List<Problem> problems) {
        return new FengqiaoException(ErrorKind.BAD_REQUEST, "validation_failed",
                problems.size() == 1 ? problems.get(0).message() : problems.size() + " problems in the input",
                problems, Map.of());
    }

    public static FengqiaoException notFound(String code, String message) {
        return new FengqiaoException(ErrorKind.NOT_FOUND, code, message);
    }

    /** Too many attempts; {@code code} names the limit, e.g. {@code too_many_logins}. */
    public static FengqiaoException tooMany(String code, String message, java.time.Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new FengqiaoException(ErrorKind.TOO_MANY_REQUESTS, code, message + "; try again in " + seconds + " s",
                List.of(), Map.of(RETRY_AFTER_SECONDS, seconds));
    }

    /** Too much work at once; nothing was done, the same request succeeds later. */
    public static FengqiaoException busy(String code, String message, java.time.Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new FengqiaoException(ErrorKind.SERVICE_UNAVAILABLE, code, message + "; try again in " + seconds + " s",
                List.of(), Map.of(RETRY_AFTER_SECONDS, seconds));
    }

    public static FengqiaoException forbidden(String message) {
        return new FengqiaoException(ErrorKind.FORBIDDEN, "forbidden", message);
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Extra facts for the client, e.g. the current version after a conflict. */
    public Map<String, Object> attributes() {
        return attributes;
    }
}
