package org.fengqiao.linkage.hotline.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.fengqiao.persistence.api.Cluster;
import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TicketListener;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.fengqiao.persistence.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reports every change of a hotline record's ticket back to the hotline: stores it first (readable at
 * {@code GET /hotline/v1/updates}), then, if {@code callback.url} is configured, POSTs it there as JSON with header
 * {@code X-Api-Key: <callback.api_key>}; a failed call is repeated every sweep with a growing wait until it succeeds.
 */
@Component(service = { TicketListener.class, Runnable.class }, configurationPid = HotlineBridge.PID,
        property = { "scheduler.name=fengqiao-hotline-callback", "scheduler.period:Long=30",
                "scheduler.concurrent:Boolean=false" })
public class HotlineStatusReporter implements TicketListener, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(HotlineStatusReporter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HotlineDatabase db;
    private final TicketService tickets;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fengqiao-hotline-callback");
        t.setDaemon(true);
        return t;
    });
    private final Cluster.Lease lease;
    private volatile URI callback;
    private volatile String callbackKey;

    @Activate
    public HotlineStatusReporter(@Reference HotlineDatabase db, @Reference TicketService tickets,
            @Reference Cluster cluster, HotlineConfig config) {
        this.db = db;
        this.lease = cluster.lease("hotline:callbacks");
        this.tickets = tickets;
        modified(config);
    }

    @Modified
    void modified(HotlineConfig config) {
        String url = config.callback_url();
        callback = url == null || url.isBlank() ? null : URI.create(url.strip());
        String key = config.callback_api__key();
        callbackKey = key == null ? "" : key.strip();
    }

    @Deactivate
    void deactivate() {
        sender.shutdownNow();
    }

    @Override
    public void ticketChanged(TicketEvent event) {
        if (TimelineEntry.Kind.CREATED.equals(event.kind())) { // a record the bridge made itself: nothing to report
            return;
        }
        try {
            List<String> hotlineIds = db.inTransaction(em -> em.createQuery("SELECT r.hotlineId FROM"
                    + " HotlineRecordEntity r WHERE r.ticketId = :t", String.class)
                    .setParameter("t", event.ticketId()).getResultList());
            if (hotlineIds.isEmpty()) {
                return;
            }
            String note = noteOf(event);
            db.inTransaction(em -> {
                em.persist(new HotlineUpdateEntity(event.eventId(), hotlineIds.get(0), event.ticketId(),
                        event.state().code(),
                        event.action() != null ? event.action().code() : event.kind().code(), note, event.at()));
                return null;
            });
            if (callback != null) {
                sender.execute(this::run);
            }
        } catch (RuntimeException e) {
            if (!Transactions.isDuplicateKey(e)) {
                throw e; // the outbox hands the event over again
            }
            // delivered before: the update is queued already
        }
    }

    /** The text of the step, so that the hotline can tell the caller what was done. */
    private String noteOf(TicketEvent event) {
        List<TimelineEntry> timeline = tickets.ticket(event.ticketId()).timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry e = timeline.get(i);
            if (e.kind().equals(event.kind()) && (event.action() == null || event.action() == e.action())) {
                return e.body();
            }
        }
        return null;
    }

    /**
     * Sends what is owed to the callback, oldest first; stops at the first failure to keep the order. One node at a
     * time sends, the holder of the lease {@code hotline:callbacks}.
     */
    @Override
    public synchronized void run() {
        if (!lease.held()) {
            return;
        }
        URI target = callback;
        if (target == null) {
            return;
        }
        Instant now = Instant.now();
        List<HotlineUpdateEntity> due = db.inTransaction(em -> em.createQuery("SELECT u FROM HotlineUpdateEntity u"
                + " WHERE u.deliveredAt IS NULL AND u.nextAttemptAt <= :now ORDER BY u.id", HotlineUpdateEntity.class)
                .setParameter("now", Timestamp.from(now)).setMaxResults(200).getResultList());
        for (HotlineUpdateEntity update : due) {
            String error = send(target, update.toUpdate());
            long id = update.id();
            db.inTransaction(em -> {
                HotlineUpdateEntity stored = em.find(HotlineUpdateEntity.class, id);
                if (error == null) {
                    stored.delivered(Instant.now());
                } else {
                    stored.failed(error, Instant.now());
                }
                return null;
            });
            if (error != null) {
                LOG.warn("Hotline callback {} failed for update {}: {}", target, id, error);
                return;
            }
        }
    }

    private String send(URI target, HotlineUpdate update) {
        try {
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=UTF-8").header("X-Api-Key", callbackKey)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(update.toJson()))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? null : "answered " + response.statusCode();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
