package org.fengqiao.captain.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.platform.api.Problem;

/**
 * A kind of field record (B2): a plugin registers one service per kind with the property
 * {@value #CODE_PROPERTY} equal to {@link #code()}. Records of a kind that is not installed now stay stored; new
 * ones are refused until it is back.
 * <p>
 * A record's data holds the kind's {@link #fields()}, plus {@code address}: the standard address code (building,
 * entrance or door) the record is about, which the captain module checks itself.
 */
public interface FieldRecordKind {

    /** Service property that carries the kind's code. */
    String CODE_PROPERTY = "fengqiao.field.kind";

    /** Stable code used in the sync API and stored on records, e.g. {@code hazard}. */
    String code();

    LocalizedText name();

    /** The fields of a record's data, checked like a board's intake fields. */
    List<IntakeField> fields();

    /** Whether a record of this kind must name the address it is about. */
    default boolean addressRequired() {
        return true;
    }

    /** Points one record earns in its captain's monthly review (B5), unless the city sets {@code points.<code>}. */
    default int points() {
        return 1;
    }

    /** Checks beyond the field types, on the normalised data. */
    default List<Problem> validate(Map<String, Object> data) {
        return List.of();
    }

    /**
     * The ticket a newly stored record becomes (a hazard on the fire-safety board, a clue a confidential tip-off),
     * or empty. Asked once per record, when it is first stored.
     */
    default Optional<RecordTicket> ticket(FieldRecord record) {
        return Optional.empty();
    }

    /** What a newly stored record changes in the actual population of its address; asked once per record. */
    default List<PopulationChange> population(FieldRecord record) {
        return List.of();
    }
}
