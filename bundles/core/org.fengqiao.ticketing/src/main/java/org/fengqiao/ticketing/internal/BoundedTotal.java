package org.fengqiao.ticketing.internal;

import java.util.function.IntUnaryOperator;

/**
 * A list's total as a page gives it: exact up to {@link #COUNT_AT_LEAST} rows (or the page's end, if further), a lower
 * bound beyond. Near the start of a list the rows are counted in the database up to that bound; deep in it, the page
 * itself shows how far the list goes, and the rows before it are not counted again.
 */
record BoundedTotal(long total, boolean exact) {

    /**
     * Lists are counted this far at least (ten pages of the default size): beyond it, "more than" is all a reader
     * needs, and each counted row costs every request.
     */
    static final int COUNT_AT_LEAST = 200;

    /** One row more than a total is exact up to, for a page of {@code size} at {@code offset}. */
    static int bound(long offset, int size) {
        return (int) Math.max(COUNT_AT_LEAST, offset + size) + 1;
    }

    /**
     * @param rowsRead rows read for the page, with one more than {@code size} if there are
     * @param countUpTo counts the list's rows, at most as many as given
     */
    static BoundedTotal of(long offset, int size, int rowsRead, IntUnaryOperator countUpTo) {
        int bound = bound(offset, size);
        long counted = offset >= COUNT_AT_LEAST && rowsRead > 0 ? offset + rowsRead : countUpTo.applyAsInt(bound);
        return new BoundedTotal(Math.min(counted, bound - 1), counted < bound);
    }
}
