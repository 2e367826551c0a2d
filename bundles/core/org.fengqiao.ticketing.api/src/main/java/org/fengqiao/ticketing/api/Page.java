package org.fengqiao.ticketing.api;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param total how many items the whole list has: exact when {@code totalExact}, otherwise a lower bound (long lists
 *        are counted only so far; nobody pages through 400,000 posts)
 * @param next where the following page starts, for {@code after=}; {@code null} on the last page
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list counted exactly, without a position for the next page. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true, null);
    }
}
