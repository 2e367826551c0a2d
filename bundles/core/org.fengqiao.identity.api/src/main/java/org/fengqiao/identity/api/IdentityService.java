package org.fengqiao.identity.api;

import java.util.List;
import java.util.Optional;

/** Accounts, sessions, staff directory and organisation tree. Errors are {@code FengqiaoException}s. */
public interface IdentityService {

    Account register(Registration registration);

    Account createStaff(StaffRegistration registration);

    /** A wrong password and an unknown user are refused alike, with {@code invalid_credentials}. */
    Session login(String username, String password);

    /**
     * Changes an account's password after checking its current one ({@code invalid_credentials} otherwise), and ends
     * every other session of the account but the one of {@code keepToken}.
     */
    void changePassword(long accountId, String currentPassword, String newPassword, String keepToken);

    /** The account behind a bearer token, if the token is known and not expired. */
    Optional<Account> authenticate(String token);

    Optional<Account> account(long id);

    Optional<Account> accountByUsername(String username);

    /**
     * A number that grows after every change of accounts or units made on this node (ended transactions that may
     * have written, a new organisation tree): two equal readings mean that names, roles, badges and units read after
     * the first are still current at the second. Reads leave it as it is.
     */
    long changeCount();

    /** The accounts of these ids that exist, by id: one read for a page that names many people. */
    java.util.Map<Long, Account> accounts(java.util.Collection<Long> ids);

    List<Account> staffDirectory(StaffQuery query);

    /** Citizen accounts created in {@code [from, to)}, counted by the hour of {@code from}; {@code null} bounds are open. */
    long countCitizens(java.time.Instant from, java.time.Instant to);

    List<OrgUnit> units();

    Optional<OrgUnit> unit(String code);

    /** The unit and the codes of every unit below it. */
    List<String> unitAndDescendants(String code);
}
