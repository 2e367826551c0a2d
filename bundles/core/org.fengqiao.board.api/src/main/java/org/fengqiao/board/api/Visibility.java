package org.fengqiao.board.api;

/** Who may read a board's posts (requirement P2). */
public enum Visibility {
    /** Everyone, without logging in: the default, open by design. */
    PUBLIC,
    /** Only the author and police staff; the public listing shows counts only (tip-offs about crimes). */
    CONFIDENTIAL
}
