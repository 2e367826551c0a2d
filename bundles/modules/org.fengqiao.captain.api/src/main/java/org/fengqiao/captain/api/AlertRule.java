package org.fengqiao.captain.api;

import java.util.Optional;

/**
 * An early-warning rule (B3) a plugin adds, registered as a service. Evaluated on every record stored or updated by
 * a sync, in that sync; a warning it raises goes to the precinct of the record's address at once. A rule raises at
 * most one alert per record.
 */
public interface AlertRule {

    /** Stable id, e.g. {@code severe_hazard}; shown on alerts and used in the city's configuration. */
    String id();

    Optional<Warning> evaluate(FieldRecord record, AddressFacts facts);
}
