package org.fengqiao.board.api;

import java.util.List;

/**
 * A field a citizen fills in when posting.
 *
 * @param maxLength for string and text fields, the longest value accepted
 * @param allowedValues for list fields, the choices; empty otherwise
 */
public record IntakeField(String code, LocalizedText label, FieldType type, boolean required, int maxLength,
        List<AllowedValue> allowedValues) {

    public static final int DEFAULT_STRING_LENGTH = 200;
    public static final int DEFAULT_TEXT_LENGTH = 4000;

    public IntakeField {
        allowedValues = List.copyOf(allowedValues);
        boolean list = type == FieldType.SINGLEVALUELIST || type == FieldType.MULTIVALUELIST;
        if (list == allowedValues.isEmpty()) {
            throw new IllegalArgumentException("field " + code + ": list fields, and only they, have allowed values");
        }
    }

    public static IntakeField string(String code, String zh, String en, boolean required) {
        return new IntakeField(code, LocalizedText.of(zh, en), FieldType.STRING, required, DEFAULT_STRING_LENGTH,
                List.of());
    }

    public static IntakeField text(String code, String zh, String en, boolean required) {
        return new IntakeField(code, LocalizedText.of(zh, en), FieldType.TEXT, required, DEFAULT_TEXT_LENGTH,
                List.of());
    }

    public static IntakeField number(String code, String zh, String en, boolean required) {
        return new IntakeField(code, LocalizedText.of(zh, en), FieldType.NUMBER, required, 0, List.of());
    }

    public static IntakeField datetime(String code, String zh, String en, boolean required) {
        return new IntakeField(code, LocalizedText.of(zh, en), FieldType.DATETIME, required, 0, List.of());
    }

    public static IntakeField singleValue(String code, String zh, String en, boolean required,
            AllowedValue... values) {
        return new IntakeField(code, LocalizedText.of(zh, en), FieldType.SINGLEVALUELIST, required, 0,
                List.of(values));
    }

    public static IntakeField multiValue(String code, String zh, String en, boolean required,
            AllowedValue... values) {
        return new IntakeField(code, LocalizedText.of(zh, en), FieldType.MULTIVALUELIST, required, 0,
                List.of(values));
    }
}
