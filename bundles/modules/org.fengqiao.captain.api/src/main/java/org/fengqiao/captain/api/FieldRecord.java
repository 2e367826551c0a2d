package org.fengqiao.captain.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A record a captain made in the field, as stored.
 *
 * @param id the UUID the captain's device gave it
 * @param addressCode the standard address it is about, or {@code null}
 * @param addressName the address written out ("少先路29号院 3栋 2单元 501"), or {@code null}
 * @param data the normalised data of its kind's fields
 * @param ticketId the ticket it became, or {@code null}
 */
public record FieldRecord(UUID id, String kind, long captainAccountId, String addressCode, String addressName,
        Instant recordedAt, int version, Map<String, Object> data, Long ticketId) {

    public FieldRecord {
        data = Map.copyOf(data);
    }

    /** A text value of the data, or {@code null}. */
    public String text(String field) {
        Object value = data.get(field);
        return value == null ? null : value.toString();
    }
}
