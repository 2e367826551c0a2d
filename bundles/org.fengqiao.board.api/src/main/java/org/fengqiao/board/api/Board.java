package org.fengqiao.board.api;

import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.api.Problem;

/**
 * A service board plugin. Register an implementation as an OSGi service with the property
 * {@value #ID_PROPERTY} equal to {@link #id()}.
 */
public interface Board {

    /** Service property that carries the board id. */
    String ID_PROPERTY = "fengqiao.board.id";

    /** Stable id used in URLs and stored on tickets, e.g. {@code household}. */
    String id();

    LocalizedText name();

    LocalizedText description();

    List<Category> categories();

    /** Fields asked on every post of this board. */
    List<IntakeField> fields();

    /** Board-specific checks beyond the field types, e.g. the checksum of an ID card number. */
    default List<Problem> validate(Submission submission) {
        return List.of();
    }

    /**
     * The unit that handles this post, if the board knows better than the city's routing configuration.
     * Returns a unit code of the organisation tree.
     */
    default Optional<String> route(Submission submission) {
        return Optional.empty();
    }

    default Optional<Category> category(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
