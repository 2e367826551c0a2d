package org.fengqiao.ticketing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;

/**
 * A place in a newest-first list: the creation time and id of the last item shown. Written for clients as an opaque
 * token; the next page is everything strictly older, so it reads only its own rows however deep it is.
 */
record ListPosition(Instant createdAt, long id) {

    String token() {
        String plain = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a client sent back, or 400 naming parameter {@code name}. */
    static ListPosition parse(String name, String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length == 3) {
                return new ListPosition(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        Long.parseLong(parts[2]));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // answered below
        }
        throw FengqiaoException.invalid(List.of(new Problem(name, "invalid_position",
                "'" + token + "' is not a position from this list's 'next'")));
    }
}
