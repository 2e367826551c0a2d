package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.fengqiao.identity.api.Role;
import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TicketListener;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

/**
 * Ticket events are written with the change and delivered from the outbox at least once, in order: a listener that
 * fails gets the event again, and a listener that was away (its module out, its node down) gets what it missed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OutboxIT extends FengqiaoTestSupport {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    /** Records what it is given; fails on the first {@code failures} deliveries. */
    private static final class Recorder implements TicketListener {
        private final String id;
        private final AtomicInteger failures;
        final List<TicketEvent> seen = new CopyOnWriteArrayList<>();

        Recorder(String id, int failures) {
            this.id = id;
            this.failures = new AtomicInteger(failures);
        }

        @Override
        public void ticketChanged(TicketEvent event) {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("listener fault provoked by the test");
            }
            seen.add(event);
        }

        @Override
        public String listenerId() {
            return id;
        }

        List<String> kindsOf(long ticketId) {
            return seen.stream().filter(e -> e.ticketId() == ticketId).map(e -> e.kind().code()).toList();
        }
    }

    @Test
    public void aFailingListenerGetsTheEventAgainInOrder() {
        Recorder flaky = new Recorder("it.flaky", 2);
        ServiceRegistration<TicketListener> registration = bundleContext.registerService(TicketListener.class, flaky,
                null);
        try {
            String citizen = citizen("outbox");
            String officer = http.login(staff("officer", "值班民警", "shaoxian-precinct", Role.OFFICER).username(),
                    PASSWORD);
            Http.Response created = http.post("/boards/household/tickets", householdPost("事件投递测试"), citizen);
            long ticket = created.json().path("id").asLong();
            http.post("/tickets/" + ticket + "/replies", Map.of("body", "收到。"), officer);

            List<String> kinds = Poll.until("both events delivered despite two faults", DELIVERY,
                    () -> flaky.kindsOf(ticket), k -> k.size() >= 2);
            assertEquals(List.of("created", "reply"), kinds.subList(0, 2));
            TicketEvent first = flaky.seen.stream().filter(e -> e.ticketId() == ticket).findFirst().orElseThrow();
            assertEquals("household", first.boardId());
            assertEquals(created.json().path("author").path("id").asLong(), first.authorId());
            assertEquals(created.json().path("unit").path("code").asText(), first.unitCode());
            assertTrue("event ids increase", flaky.seen.get(flaky.seen.size() - 1).eventId() > first.eventId());
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void aListenerThatWasAwayGetsWhatItMissed() {
        String citizen = citizen("away");
        Recorder before = new Recorder("it.away", 0);
        ServiceRegistration<TicketListener> registration = bundleContext.registerService(TicketListener.class, before,
                null);
        long first = http.post("/boards/household/tickets", householdPost("离开之前"), citizen).json().path("id")
                .asLong();
        Poll.until("the first event delivered", DELIVERY, () -> before.kindsOf(first), k -> !k.isEmpty());
        registration.unregister(); // the listener's module is out, or its node is down

        long missed = http.post("/boards/household/tickets", householdPost("离开期间"), citizen).json().path("id")
                .asLong();
        Recorder after = new Recorder("it.away", 0); // the same listener, back
        registration = bundleContext.registerService(TicketListener.class, after, null);
        try {
            assertEquals(List.of("created"), Poll.until("the missed event delivered on return", DELIVERY,
                    () -> after.kindsOf(missed), k -> !k.isEmpty()));
            assertTrue("nothing delivered twice to the returning listener", after.kindsOf(first).isEmpty());
        } finally {
            registration.unregister();
        }
    }
}
