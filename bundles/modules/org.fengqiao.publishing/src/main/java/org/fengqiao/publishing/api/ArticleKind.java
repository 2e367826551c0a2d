package org.fengqiao.publishing.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What staff publish. Replies to a call for clues are confidential, like tip-offs. */
public enum ArticleKind {
    NOTICE, POLICY, LAW_POPULARISATION, CRIME_WARNING, WANTED_NOTICE, CALL_FOR_CLUES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ArticleKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
