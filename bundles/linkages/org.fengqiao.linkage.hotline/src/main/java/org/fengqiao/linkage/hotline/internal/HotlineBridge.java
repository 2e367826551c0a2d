package org.fengqiao.linkage.hotline.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.PersistenceException;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.ApiKey;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.ticketing.api.Contact;
import org.fengqiao.ticketing.api.NewTicket;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Takes 12345 hotline records in as tickets, once per hotline id, and tells their status. Configuration PID
 * {@value #PID}: {@code category.<hotline category> = <board>/<category>} and {@code default.category} (default
 * {@code livelihood/other}) for any other.
 */
@Component(service = HotlineBridge.class, configurationPid = HotlineBridge.PID)
public class HotlineBridge {

    static final String PID = "org.fengqiao.linkage.hotline";
    private static final Pattern HOTLINE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");

    /** A record as the hotline sends it; {@code deadline} is ISO-8601 with offset. */
    record HotlineRecord(String hotlineId, String caller, String phone, String address, String content,
            String category, String deadline) {
    }

    /** @param duplicate whether this hotline id had been delivered before (no new ticket was made) */
    record Intake(String hotlineId, long ticketId, boolean duplicate, String state, String status) {
    }

    record RecordStatus(String hotlineId, long ticketId, String board, String category, String state, String status,
            Instant receivedAt, Instant deadline, List<HotlineUpdate> updates) {
    }

    private record Target(String board, String category) {
    }

    private final HotlineDatabase db;
    private final TicketService tickets;
    private final IdentityService identity;
    private volatile Map<String, Target> categories;
    private volatile Target fallback;

    @Activate
    public HotlineBridge(@Reference HotlineDatabase db, @Reference TicketService tickets,
            @Reference IdentityService identity, Map<String, Object> properties) {
        this.db = db;
        this.tickets = tickets;
        this.identity = identity;
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        Map<String, Target> parsed = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("category.") && value != null && value.toString().contains("/")) {
                parsed.put(key.substring("category.".length()), target(value.toString()));
            }
        });
        categories = parsed;
        Object configured = properties.get("default.category");
        fallback = target(configured == null || !configured.toString().contains("/") ? "livelihood/other"
                : configured.toString());
    }

    private static Target target(String text) {
        String[] parts = text.strip().split("/", 2);
        return new Target(parts[0].strip(), parts[1].strip());
    }

    /** A record delivered by the hotline: a new ticket the first time, the same ticket on every repeat. */
    public Intake intake(ApiKey key, HotlineRecord r) {
        Problems problems = new Problems();
        problems.text("hotlineId", r.hotlineId(), true, 64);
        problems.pattern("hotlineId", r.hotlineId(), HOTLINE_ID, "letters, digits, dot, colon, dash or underscore");
        problems.text("caller", r.caller(), false, 100);
        problems.pattern("phone", r.phone(), PHONE, "a phone number of digits");
        problems.text("address", r.address(), true, 200);
        problems.text("content", r.content(), true, 4000);
        problems.text("category", r.category(), true, 64);
        Instant deadline = null;
        if (r.deadline() != null && !r.deadline().isBlank()) {
            try {
                deadline = OffsetDateTime.parse(r.deadline().strip()).toInstant();
            } catch (DateTimeParseException e) {
                problems.add("deadline", "invalid_datetime", "deadline must be ISO-8601 with an offset, e.g. "
                        + "2026-12-01T18:00:00+08:00");
            }
        }
        problems.throwIfAny();
        String hotlineId = r.hotlineId().strip();
        Optional<Intake> earlier = existing(hotlineId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = Instant.now();
        HotlineRecordEntity claim = new HotlineRecordEntity(hotlineId, key.id(), blank(r.caller()), blank(r.phone()),
                r.address().strip(), r.category().strip(), deadline, now);
        try {
            db.inTransaction(em -> {
                em.persist(claim);
                em.flush();
                return null;
            });
        } catch (PersistenceException e) {
            // the same record arrived twice at once: the other delivery made the ticket
            return existing(hotlineId).orElseThrow(() -> new FengqiaoException(ErrorKind.CONFLICT,
                    "delivery_in_progress", "hotline record " + hotlineId + " is being taken in; repeat shortly"));
        }
        Ticket ticket;
        try {
            Account hotline = identity.account(key.accountId()).orElseThrow(() -> new IllegalStateException(
                    "the account of API key " + key.id() + " is gone"));
            Target target = categories.getOrDefault(r.category().strip(), fallback);
            String content = r.content().strip();
            String title = "12345：" + (content.length() > 40 ? content.substring(0, 40) + "…" : content);
            ticket = tickets.submit(hotline, new NewTicket(target.board(), target.category(), title, content,
                    Map.of("address", r.address().strip()), null, deadline),
                    new Contact(blank(r.caller()), blank(r.phone()), null));
        } catch (RuntimeException e) {
            db.inTransaction(em -> {
                em.remove(em.find(HotlineRecordEntity.class, claimId(hotlineId)));
                return null;
            });
            throw e;
        }
        long ticketId = ticket.id();
        db.inTransaction(em -> {
            em.find(HotlineRecordEntity.class, claimId(hotlineId)).ticketId(ticketId);
            return null;
        });
        return new Intake(hotlineId, ticketId, false, ticket.state().code(),
                HotlineUpdate.status(ticket.state().code()));
    }

    private long claimId(String hotlineId) {
        return db.inTransaction(em -> em.createQuery("SELECT r.id FROM HotlineRecordEntity r WHERE r.hotlineId = :h",
                Long.class).setParameter("h", hotlineId).getSingleResult());
    }

    private Optional<Intake> existing(String hotlineId) {
        return find(hotlineId).filter(r -> r.ticketId() != null).map(r -> {
            String state = tickets.ticket(r.ticketId()).ticket().state().code();
            return new Intake(hotlineId, r.ticketId(), true, state, HotlineUpdate.status(state));
        });
    }

    private Optional<HotlineRecordEntity> find(String hotlineId) {
        return db.inTransaction(em -> em.createQuery("SELECT r FROM HotlineRecordEntity r WHERE r.hotlineId = :h",
                HotlineRecordEntity.class).setParameter("h", hotlineId).getResultList().stream().findFirst());
    }

    /** A record's ticket state now, with every status change reported for it. */
    public RecordStatus status(String hotlineId) {
        HotlineRecordEntity r = find(hotlineId).filter(x -> x.ticketId() != null).orElseThrow(() ->
                FengqiaoException.notFound("hotline_record_not_found", "no hotline record " + hotlineId));
        Ticket ticket = tickets.ticket(r.ticketId()).ticket();
        List<HotlineUpdate> updates = db.inTransaction(em -> em.createQuery("SELECT u FROM HotlineUpdateEntity u"
                + " WHERE u.hotlineId = :h ORDER BY u.id", HotlineUpdateEntity.class).setParameter("h", hotlineId)
                .getResultList().stream().map(HotlineUpdateEntity::toUpdate).toList());
        return new RecordStatus(hotlineId, ticket.id(), ticket.boardId(), ticket.category(), ticket.state().code(),
                HotlineUpdate.status(ticket.state().code()), r.receivedAt(), r.deadline(), updates);
    }

    /** Status changes of every record after update {@code since}, oldest first: the pull form of the callback. */
    public List<HotlineUpdate> updatesSince(long since, int limit) {
        return db.inTransaction(em -> em.createQuery("SELECT u FROM HotlineUpdateEntity u WHERE u.id > :since"
                + " ORDER BY u.id", HotlineUpdateEntity.class).setParameter("since", since).setMaxResults(limit)
                .getResultList().stream().map(HotlineUpdateEntity::toUpdate).toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
