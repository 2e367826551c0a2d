package org.fengqiao.itests;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for a condition by polling it until a deadline: no fixed sleeps in tests. */
public final class Poll {

    private Poll() {
    }

    public static <T> T until(String what, Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                String seen = String.valueOf(last);
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; last: "
                        + (seen.length() > 600 ? seen.substring(0, 600) + "…" : seen));
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            last = probe.get();
        }
        return last;
    }
}
