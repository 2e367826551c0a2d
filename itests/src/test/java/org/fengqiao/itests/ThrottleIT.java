package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Abuse limits: wrong passwords lock an account for a while (429 with Retry-After), registrations per address. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ThrottleIT extends FengqiaoTestSupport {

    private static final String PID = "org.fengqiao.rest.limits";
    private Dictionary<String, Object> before;

    private void limits(Map<String, Object> tight) throws Exception {
        Configuration config = service(ConfigurationAdmin.class).getConfiguration(PID, null);
        before = config.getProperties();
        Dictionary<String, Object> properties = new Hashtable<>();
        if (before != null) {
            for (var keys = before.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                properties.put(key, before.get(key));
            }
        }
        tight.forEach(properties::put);
        config.update(properties);
    }

    @After
    public void restore() throws Exception {
        if (before != null) {
            service(ConfigurationAdmin.class).getConfiguration(PID, null).update(before);
        }
    }

    @Test
    public void wrongPasswordsLockTheAccountUntilTheWindowHasPassed() throws Exception {
        String username = unique("throttle");
        assertEquals(201, http.post("/auth/register", Map.of("username", username, "password", PASSWORD,
                "displayName", "限流"), null).status());
        limits(Map.of("login.failures.per_account", "3", "login.lock.seconds", "4"));
        Map<String, String> wrong = Map.of("username", username, "password", "wrong-password");
        // the new limits apply once the component has its configuration: poll until the fourth try is refused
        Http.Response locked = Poll.until("the account locked after 3 wrong passwords", Duration.ofSeconds(30),
                () -> http.post("/auth/login", wrong, null), r -> r.status() == 429);
        assertEquals("too_many_failed_logins", locked.error());
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertTrue("Retry-After " + retryAfter, retryAfter >= 1 && retryAfter <= 4);
        assertEquals("the JSON body says it too", retryAfter, locked.json().path("retryAfterSeconds").asInt());
        // while locked even the right password waits
        Http.Response right = http.post("/auth/login", Map.of("username", username, "password", PASSWORD), null);
        assertEquals(429, right.status());
        // after the window the right password works again
        Http.Response open = Poll.until("the lock to end", Duration.ofSeconds(15),
                () -> http.post("/auth/login", Map.of("username", username, "password", PASSWORD), null),
                r -> r.status() == 200);
        assertTrue(open.json().path("token").asText().length() > 20);
    }

    @Test
    public void registrationsPerAddressAreLimited() throws Exception {
        limits(Map.of("registrations.per_address", "2"));
        Http.Response refused = Poll.until("a registration refused", Duration.ofSeconds(30),
                () -> http.post("/auth/register", Map.of("username", unique("reg"), "password", PASSWORD,
                        "displayName", "注册"), null), r -> r.status() == 429);
        assertEquals("too_many_registrations", refused.error());
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
    }
}
