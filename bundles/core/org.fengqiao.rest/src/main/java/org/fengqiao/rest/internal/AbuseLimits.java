package org.fengqiao.rest.internal;

import java.time.Duration;
import java.util.Locale;

import org.fengqiao.platform.api.FengqiaoException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.github.bucket4j.TimeMeter;

/**
 * Throttling of what can be abused (Q3): wrong passwords per account (then the account's logins wait), login
 * attempts and registrations per client address, new tickets per account. A refusal is 429 with {@code Retry-After}.
 */
@Component(service = AbuseLimits.class, configurationPid = AbuseLimits.PID)
@Designate(ocd = AbuseLimits.Config.class)
public class AbuseLimits {

    static final String PID = "org.fengqiao.rest.limits";

    @ObjectClassDefinition(name = "Fengqiao abuse limits", description = "Throttling of logins, registrations and"
            + " new tickets; a refusal is 429 with Retry-After")
    public @interface Config {
        @AttributeDefinition(name = "Wrong passwords per account",
                description = "After this many wrong passwords within the lock window the account's logins wait")
        int login_failures_per__account() default 5;

        @AttributeDefinition(name = "Lock window (s)", description = "The window of wrong passwords, and the wait")
        int login_lock_seconds() default 900;

        @AttributeDefinition(name = "Login attempts per address per minute")
        int login_attempts_per__address() default 30;

        @AttributeDefinition(name = "Registrations per address per hour")
        int registrations_per__address() default 10;

        @AttributeDefinition(name = "New tickets per account per hour")
        int tickets_per__account() default 30;
    }

    private volatile RateLimit loginFailures;
    private volatile RateLimit loginAttempts;
    private volatile RateLimit registrations;
    private volatile RateLimit tickets;

    @Activate
    public AbuseLimits(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        configure(config, TimeMeter.SYSTEM_NANOTIME);
    }

    void configure(Config config, TimeMeter clock) {
        loginFailures = new RateLimit(Math.max(1, config.login_failures_per__account()),
                Duration.ofSeconds(Math.max(1, config.login_lock_seconds())), clock);
        loginAttempts = new RateLimit(Math.max(1, config.login_attempts_per__address()), Duration.ofMinutes(1), clock);
        registrations = new RateLimit(Math.max(1, config.registrations_per__address()), Duration.ofHours(1), clock);
        tickets = new RateLimit(Math.max(1, config.tickets_per__account()), Duration.ofHours(1), clock);
    }

    /** Before a login is tried: refused while the account is locked or the address tries too often. */
    void beforeLogin(String username, String address) {
        String account = accountKey(username);
        loginFailures.exhausted(account).ifPresent(wait -> {
            throw FengqiaoException.tooMany("too_many_failed_logins", "too many wrong passwords for this account",
                    wait);
        });
        loginAttempts.take(address).ifPresent(wait -> {
            throw FengqiaoException.tooMany("too_many_logins", "too many login attempts from this address", wait);
        });
    }

    /** A wrong password for this account. */
    void loginFailed(String username) {
        loginFailures.take(accountKey(username));
    }

    void beforeRegistration(String address) {
        registrations.take(address).ifPresent(wait -> {
            throw FengqiaoException.tooMany("too_many_registrations", "too many registrations from this address",
                    wait);
        });
    }

    void beforeNewTicket(long accountId) {
        tickets.take("account:" + accountId).ifPresent(wait -> {
            throw FengqiaoException.tooMany("too_many_tickets", "too many new posts from this account", wait);
        });
    }

    private static String accountKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
