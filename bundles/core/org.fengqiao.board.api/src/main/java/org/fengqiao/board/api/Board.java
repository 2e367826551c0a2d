package org.fengqiao.board.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** Who may read this board's posts; public unless the board says otherwise. */
    default Visibility visibility() {
        return Visibility.PUBLIC;
    }

    /** Whether any logged-in citizen may reply, not only staff and the author (mutual aid, P12). */
    default boolean citizensMayReply() {
        return false;
    }

    /**
     * Role codes (e.g. {@code lawyer}, {@code deputy}) whose members answer on this board; their replies carry the
     * role as a visible badge (P9).
     */
    default Set<String> answeringRoles() {
        return Set.of();
    }

    /**
     * Category codes that are complaints about a named staff member (P4): the post must name the staff member as its
     * addressee, goes to the city's supervision unit, never to that person or their unit, and that person cannot
     * act on it.
     */
    default Set<String> complaintCategories() {
        return Set.of();
    }

    /**
     * Category codes that are emergencies (P11): a post in one alerts the city's command centre at once. The city can
     * add keyword rules in configuration.
     */
    default Set<String> emergencyCategories() {
        return Set.of();
    }

    default Optional<Category> category(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
