package org.fengqiao.identity.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Levels of the organisation tree: city bureau, precinct, community, plus government departments. */
public enum UnitKind {
    BUREAU, PRECINCT, COMMUNITY, DEPARTMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UnitKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
