package org.fengqiao.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

import io.github.bucket4j.TimeMeter;

class AbuseLimitsTest {

    /** A clock the test moves. */
    private static final class Clock implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void pass(Duration d) {
            nanos += d.toNanos();
        }
    }

    private final Clock clock = new Clock();

    private AbuseLimits limits(Map<String, Object> settings) {
        AbuseLimits limits = new AbuseLimits(Converters.standardConverter().convert(settings)
                .to(AbuseLimits.Config.class));
        limits.configure(Converters.standardConverter().convert(settings).to(AbuseLimits.Config.class), clock);
        return limits;
    }

    private static FengqiaoException refused(Runnable r) {
        FengqiaoException e = assertThrows(FengqiaoException.class, r::run);
        assertEquals(ErrorKind.TOO_MANY_REQUESTS, e.kind());
        return e;
    }

    @Test
    void wrongPasswordsLockTheAccountForTheWindowThenItOpens() {
        AbuseLimits limits = limits(Map.of("login.failures.per_account", 3, "login.lock.seconds", 60));
        for (int i = 0; i < 3; i++) {
            limits.beforeLogin("Li.Ming", "10.0.0.1");
            limits.loginFailed("li.ming");
        }
        FengqiaoException locked = refused(() -> limits.beforeLogin("li.ming ", "10.0.0.2"));
        assertEquals("too_many_failed_logins", locked.code());
        assertEquals(60L, locked.attributes().get(FengqiaoException.RETRY_AFTER_SECONDS));
        limits.beforeLogin("someone.else", "10.0.0.1"); // other accounts are not affected
        clock.pass(Duration.ofSeconds(30));
        assertEquals(30L, refused(() -> limits.beforeLogin("li.ming", "10.0.0.1")).attributes()
                .get(FengqiaoException.RETRY_AFTER_SECONDS));
        clock.pass(Duration.ofSeconds(30));
        limits.beforeLogin("li.ming", "10.0.0.1");
    }

    @Test
    void oneAddressCannotTryWithoutEnd() {
        AbuseLimits limits = limits(Map.of("login.attempts.per_address", 5));
        for (int i = 0; i < 5; i++) {
            limits.beforeLogin("user" + i, "10.0.0.9");
        }
        assertEquals("too_many_logins", refused(() -> limits.beforeLogin("user9", "10.0.0.9")).code());
        limits.beforeLogin("user9", "10.0.0.10");
        clock.pass(Duration.ofMinutes(1));
        limits.beforeLogin("user9", "10.0.0.9");
    }

    @Test
    void registrationsPerAddressAndPostsPerAccount() {
        AbuseLimits limits = limits(Map.of("registrations.per_address", 2, "tickets.per_account", 2));
        limits.beforeRegistration("10.0.0.1");
        limits.beforeRegistration("10.0.0.1");
        assertEquals("too_many_registrations", refused(() -> limits.beforeRegistration("10.0.0.1")).code());
        limits.beforeNewTicket(7);
        limits.beforeNewTicket(7);
        FengqiaoException posts = refused(() -> limits.beforeNewTicket(7));
        assertEquals("too_many_tickets", posts.code());
        assertEquals(3600L, posts.attributes().get(FengqiaoException.RETRY_AFTER_SECONDS));
        limits.beforeNewTicket(8);
    }
}
