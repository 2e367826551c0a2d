package org.fengqiao.board.api;

import java.time.Duration;
import java.util.List;

/**
 * A kind of post on a board, with its deadlines (requirement P5).
 *
 * @param firstResponse time allowed until the first staff response
 * @param resolution time allowed until the post is resolved
 * @param fields intake fields of this category only, asked in addition to the board's own fields
 */
public record Category(String code, LocalizedText name, Duration firstResponse, Duration resolution,
        List<IntakeField> fields) {

    public Category {
        fields = List.copyOf(fields);
    }

    public static Category of(String code, String zh, String en, Duration firstResponse, Duration resolution,
            IntakeField... fields) {
        return new Category(code, LocalizedText.of(zh, en), firstResponse, resolution, List.of(fields));
    }
}
