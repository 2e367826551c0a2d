package org.fengqiao.cogovernance.internal;

import java.util.Arrays;
import java.util.Locale;

/** Where an agenda item came from. */
enum AgendaSource {
    TICKET, HANDOFF, ALERT, ACTION, FREE;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AgendaSource fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown agenda source " + code));
    }
}
