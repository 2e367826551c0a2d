package org.fengqiao.captain.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Levels of the standard address, outermost first: each node's parent is of the level before it. */
enum AddressLevel {
    DISTRICT, SUBDISTRICT, COMMUNITY, COMPOUND, BUILDING, ENTRANCE, DOOR;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<AddressLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    /** The level a child of this level has, or empty for a door. */
    Optional<AddressLevel> child() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    boolean atOrBelowBuilding() {
        return compareTo(BUILDING) >= 0;
    }
}
