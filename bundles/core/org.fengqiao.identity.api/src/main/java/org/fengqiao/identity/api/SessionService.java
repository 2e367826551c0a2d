package org.fengqiao.identity.api;

import java.util.List;

/** The logins of an account: ending one (logout), listing them, revoking one or all. */
public interface SessionService {

    /** Ends the session of this bearer token; unknown or expired tokens are ignored. */
    void logout(String token);

    /** The account's live sessions, newest first, the one of {@code currentToken} marked. */
    List<SessionInfo> sessions(long accountId, String currentToken);

    /** Ends one of the account's sessions; {@code false} when it has no live session with that id. */
    boolean revoke(long accountId, String sessionId);

    /** Ends every session of the account but the one of {@code keepToken} ({@code null}: all); how many ended. */
    int revokeAll(long accountId, String keepToken);
}
