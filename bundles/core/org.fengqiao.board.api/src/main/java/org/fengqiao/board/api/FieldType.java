package org.fengqiao.board.api;

import java.util.Locale;

/** Datatypes of intake fields, and the JSON each one accepts. */
public enum FieldType {
    /** One line of text, a JSON string. */
    STRING,
    /** Free text, a JSON string. */
    TEXT,
    /** A JSON number. */
    NUMBER,
    /** An ISO-8601 date-time string, with or without offset, e.g. {@code 2026-11-26T08:30}. */
    DATETIME,
    /** One of the allowed value codes, a JSON string. */
    SINGLEVALUELIST,
    /** Several distinct allowed value codes, a JSON array of strings. */
    MULTIVALUELIST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
