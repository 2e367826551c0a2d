package org.fengqiao.captain.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.fengqiao.board.api.FieldValues;
import org.fengqiao.captain.api.FieldRecord;
import org.fengqiao.captain.api.FieldRecordKind;
import org.fengqiao.captain.api.PopulationChange;
import org.fengqiao.identity.api.Account;
import org.fengqiao.persistence.api.Transactions;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Field records synced from captains' devices (B2), record by record, each in its own transaction: one bad record
 * never loses the others. Safe on a bad network:
 * <ul>
 * <li>the device names each record by a UUID it made; a body sent again gets the answer it got the first time;</li>
 * <li>another body under a stored UUID that names no base version is refused ({@code id_reused}, 409);</li>
 * <li>an edit names the version it was based on; based on an older one it is kept as a conflict for review and never
 * applied.</li>
 * </ul>
 */
@Component(service = FieldSync.class)
public class FieldSync {

    /** A record as a device sends it. */
    record Incoming(String id, String kind, String recordedAt, Integer baseVersion, Map<String, Object> data) {
    }

    /** What became of one record. {@code httpStatus} is what the record alone would have been answered. */
    record Result(String id, String status, Integer version, Long ticketId, Long conflictId, Integer httpStatus,
            List<Problem> errors) {

        static Result rejected(String id, int httpStatus, List<Problem> errors) {
            return new Result(id, REJECTED, null, null, null, httpStatus, errors);
        }

        static Result rejected(String id, int httpStatus, String code, String message) {
            return rejected(id, httpStatus, List.of(new Problem(null, code, message)));
        }
    }

    static final String CREATED = "created";
    static final String UNCHANGED = "unchanged";
    static final String UPDATED = "updated";
    static final String CONFLICT = "conflict";
    static final String REJECTED = "rejected";
    static final String ADDRESS = "address";
    /** How far in the future a device's clock may be. */
    static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FieldSync.class);

    private record Checked(UUID id, FieldRecordKind kind, Instant recordedAt, String hash) {
    }

    private record Stored(Result result, UUID recordId, boolean wantsTicket, List<Long> alerts) {
    }

    private Semaphore gate;
    private int gatePermits;
    private final CaptainDatabase db;
    private final RecordKinds kinds;
    private final CaptainSettings settings;
    private final EarlyWarning warning;
    private final RecordTickets recordTickets;

    @Activate
    public FieldSync(@Reference CaptainDatabase db, @Reference RecordKinds kinds, @Reference CaptainSettings settings,
            @Reference EarlyWarning warning, @Reference RecordTickets recordTickets) {
        this.db = db;
        this.kinds = kinds;
        this.settings = settings;
        this.warning = warning;
        this.recordTickets = recordTickets;
    }

    /**
     * Stores a batch: all its records in one transaction (one commit, one change number), each record checked on its
     * own so that a refused one writes nothing; if the transaction fails (two devices sent one record at the same
     * moment, the database gave up), every record is stored again in a transaction of its own.
     */
    List<Result> sync(Account captain, List<Incoming> records) {
        int max = settings.get().maxRecordsPerSync();
        if (records.size() > max) {
            throw FengqiaoException.invalid(List.of(new Problem("records", "too_many",
                    "at most " + max + " records per sync; send the rest in another")));
        }
        List<Prepared> prepared = records.stream().map(this::prepare).toList();
        CaptainSettings.Snapshot s = settings.get();
        Semaphore gate = gate(s.maxConcurrentSyncs());
        try {
            if (!gate.tryAcquire(s.syncWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw FengqiaoException.busy("too_busy", "too many syncs at once; nothing of this one was stored",
                        Duration.ofSeconds(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FengqiaoException.busy("too_busy", "the server is stopping", Duration.ofSeconds(5));
        }
        try {
            return store(captain, prepared);
        } finally {
            gate.release();
        }
    }

    /** The turns of syncs: a new one when the city changes how many may run at once. */
    private synchronized Semaphore gate(int permits) {
        if (gate == null || gatePermits != permits) {
            gate = new Semaphore(permits, true);
            gatePermits = permits;
        }
        return gate;
    }

    private List<Result> store(Account captain, List<Prepared> prepared) {
        // records are written in the order of their ids: two batches that share records lock them in the same order,
        // so one waits for the other instead of both waiting for each other
        List<Integer> order = java.util.stream.IntStream.range(0, prepared.size()).boxed()
                .sorted(java.util.Comparator.comparing(i -> prepared.get(i).checked() == null ? ""
                        : prepared.get(i).checked().id().toString()))
                .toList();
        Stored[] stored = new Stored[prepared.size()];
        try {
            db.inTransaction(em -> {
                Tx tx = new Tx(em);
                for (int i : order) {
                    Prepared p = prepared.get(i);
                    stored[i] = p.refused() != null ? p.refused() : store(tx, captain, p);
                }
                return tx.end(null);
            });
        } catch (RuntimeException batchFailed) {
            for (int i : order) {
                Prepared p = prepared.get(i);
                stored[i] = p.refused() != null ? p.refused() : storeAlone(captain, p);
            }
        }
        return java.util.Arrays.stream(stored).map(this::finish).toList();
    }

    /** One record. */
    Result one(Account captain, Incoming in) {
        return sync(captain, java.util.Collections.singletonList(in)).get(0);
    }

    private record Prepared(Incoming in, Checked checked, Stored refused) {
    }

    /**
     * The work of one transaction. The rows devices download are stamped with its change number only at its end, so
     * that the counter's lock is held for the commit alone, not for the whole batch.
     */
    private static final class Tx {
        final EntityManager em;
        private final List<java.util.function.LongConsumer> stamps = new ArrayList<>();

        Tx(EntityManager em) {
            this.em = em;
        }

        void stamp(java.util.function.LongConsumer stamp) {
            stamps.add(stamp);
        }

        <T> T end(T result) {
            if (!stamps.isEmpty()) {
                long change = CaptainDatabase.nextChange(em);
                stamps.forEach(s -> s.accept(change));
                em.flush();
            }
            return result;
        }
    }

    private Prepared prepare(Incoming in) {
        if (in == null) {
            return new Prepared(null, null, new Stored(Result.rejected(null, 400, "missing_record", "a record is null"),
                    null, false, List.of()));
        }
        Problems problems = new Problems();
        Checked checked = check(in, problems);
        return problems.isEmpty() ? new Prepared(in, checked, null)
                : new Prepared(in, null, new Stored(Result.rejected(in.id(), 400, problems.list()), null, false,
                        List.of()));
    }

    private Stored storeAlone(Account captain, Prepared p) {
        try {
            try {
                return db.inTransaction(em -> {
                    Tx tx = new Tx(em);
                    return tx.end(store(tx, captain, p));
                });
            } catch (RuntimeException e) {
                if (!Transactions.isDuplicateKey(e)) {
                    throw e;
                }
                // the same record arrived twice at once: the other request stored it; answer as for a resend
                return db.inTransaction(em -> {
                    Tx tx = new Tx(em);
                    return tx.end(store(tx, captain, p));
                });
            }
        } catch (FengqiaoException e) {
            return new Stored(Result.rejected(p.in().id(), e.kind().httpStatus(), e.problems().isEmpty()
                    ? List.of(new Problem(null, e.code(), e.getMessage())) : e.problems()), null, false, List.of());
        } catch (RuntimeException e) {
            // nothing of this record was stored; the others go on, and the device sends it again
            LOG.error("Record {} of captain {} could not be stored", p.in().id(), captain.id(), e);
            return new Stored(Result.rejected(p.in().id(), 503, "not_stored",
                    "the record could not be stored now; send it again"), null, false, List.of());
        }
    }

    /** After the commit: the new record's ticket, then the precinct told of its alerts. */
    private Result finish(Stored stored) {
        Long ticketId = stored.wantsTicket() ? recordTickets.post(stored.recordId()).orElse(null) : null;
        stored.alerts().forEach(warning::notify);
        Result r = stored.result();
        return ticketId == null ? r
                : new Result(r.id(), r.status(), r.version(), ticketId, r.conflictId(), r.httpStatus(), r.errors());
    }

    private Checked check(Incoming in, Problems problems) {
        UUID id = null;
        try {
            id = in.id() == null ? null : UUID.fromString(in.id());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (id == null || !id.toString().equalsIgnoreCase(in.id())) {
            problems.add("id", "invalid_id", "id must be a UUID the device generated, e.g. "
                    + "0b7e3c52-5e7a-4b8e-9d0f-6a1c2b3d4e5f");
        }
        FieldRecordKind kind = in.kind() == null ? null : kinds.kind(in.kind()).orElse(null);
        if (kind == null) {
            problems.add("kind", "unknown_kind", "kind must be one of " + kinds.all().stream()
                    .map(FieldRecordKind::code).toList());
        }
        Instant recordedAt = null;
        try {
            recordedAt = in.recordedAt() == null ? null : OffsetDateTime.parse(in.recordedAt()).toInstant();
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (recordedAt == null) {
            problems.add("recordedAt", "invalid_time", "recordedAt must be an ISO-8601 time with offset, e.g."
                    + " 2026-11-30T19:30:00+08:00");
        } else if (recordedAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            problems.add("recordedAt", "in_future", "recordedAt lies in the future");
        }
        if (in.baseVersion() != null && in.baseVersion() < 1) {
            problems.add("baseVersion", "out_of_range", "baseVersion is a stored version, 1 or more");
        }
        if (in.data() == null) {
            problems.add("data", "required", "data is required");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", in.kind());
        body.put("recordedAt", recordedAt.toString());
        body.put("baseVersion", in.baseVersion());
        body.put("data", in.data());
        return new Checked(id, kind, recordedAt, RecordJson.hash(body));
    }

    private Stored store(Tx tx, Account captain, Prepared p) {
        Incoming in = p.in();
        Checked c = p.checked();
        EntityManager em = tx.em;
        // the record first: a request storing it right now is waited for, and its answer is then visible
        FieldRecordEntity record = em.find(FieldRecordEntity.class, c.id().toString());
        Optional<Result> before = record == null ? Optional.empty() : answeredBefore(em, c);
        if (before.isPresent()) {
            return new Stored(before.get(), c.id(), false, List.of());
        }
        if (record != null && record.captainId() != captain.id()) {
            return rejected(in, 409, "id_reused", "this id names a record of another captain");
        }
        if (record == null) {
            return in.baseVersion() == null ? create(tx, captain, in, c)
                    : rejected(in, 404, "record_not_found", "an edit of a record that is not stored (yet):"
                            + " send the record first, or again later");
        }
        if (in.baseVersion() == null) {
            return rejected(in, 409, "id_reused", "this id is stored with another body; an edit names the"
                    + " baseVersion it changes");
        }
        if (in.baseVersion() > record.version()) {
            return rejected(in, 409, "unknown_version", "version " + in.baseVersion() + " was never stored; the"
                    + " record is at version " + record.version());
        }
        if (in.baseVersion() < record.version()) {
            ConflictEntity conflict = new ConflictEntity(record.id().toString(), captain.id(), in.baseVersion(),
                    record.version(), RecordJson.write(in.data()), c.recordedAt(), Instant.now());
            em.persist(conflict);
            em.flush();
            Result result = new Result(in.id(), CONFLICT, record.version(), record.ticketId(), conflict.id(), 409,
                    List.of(new Problem("baseVersion", "stale_version", "the record changed since version "
                            + in.baseVersion() + "; this edit is kept for review")));
            remember(em, c, result);
            return new Stored(result, c.id(), false, List.of());
        }
        return update(tx, captain, in, c, record);
    }

    private static Stored rejected(Incoming in, int status, String code, String message) {
        return new Stored(Result.rejected(in.id(), status, code, message), null, false, List.of());
    }

    private Stored create(Tx tx, Account captain, Incoming in, Checked c) {
        EntityManager em = tx.em;
        Problems problems = new Problems();
        Content content = content(em, captain, c.kind(), in.data(), problems);
        if (!problems.isEmpty()) {
            return new Stored(Result.rejected(in.id(), 400, problems.list()), null, false, List.of());
        }
        Instant now = Instant.now();
        FieldRecord draft = new FieldRecord(c.id(), c.kind().code(), captain.id(),
                content.address() == null ? null : content.address().code(),
                content.address() == null ? null : content.address().fullName(), c.recordedAt(), 1, content.data(), null);
        boolean wantsTicket = c.kind().ticket(draft).isPresent();
        List<PopulationChange> changes = c.kind().population(draft);
        Long building = content.address() == null ? null : content.address().buildingId();
        Population.check(em, changes, building, problems);
        if (!problems.isEmpty()) {
            return new Stored(Result.rejected(in.id(), 400, problems.list()), null, false, List.of());
        }
        Population.apply(em, changes, c.recordedAt(), tx::stamp);
        FieldRecordEntity record = new FieldRecordEntity(c.id(), c.kind().code(), captain.id(), content.address(),
                c.recordedAt(), RecordJson.write(content.data()), wantsTicket, now, 0);
        em.persist(record);
        tx.stamp(record::stamp);
        em.flush();
        List<Long> alerts = warning.evaluate(em, draft, content.address(), captain, now);
        Result result = new Result(in.id(), CREATED, 1, null, null, 201, null);
        remember(em, c, result);
        return new Stored(result, c.id(), wantsTicket, alerts);
    }

    private Stored update(Tx tx, Account captain, Incoming in, Checked c, FieldRecordEntity record) {
        EntityManager em = tx.em;
        Problems problems = new Problems();
        Content content = content(em, captain, c.kind(), in.data(), problems);
        if (!record.kind().equals(c.kind().code())) {
            problems.add("kind", "kind_changed", "a record keeps its kind; it is a " + record.kind());
        }
        if (!problems.isEmpty()) {
            return new Stored(Result.rejected(in.id(), 400, problems.list()), null, false, List.of());
        }
        String data = RecordJson.write(content.data());
        Long addressId = content.address() == null ? null : content.address().id();
        if (data.equals(record.data()) && c.recordedAt().equals(record.recordedAt())
                && java.util.Objects.equals(addressId, record.addressId())) {
            Result result = new Result(in.id(), UNCHANGED, record.version(), record.ticketId(), null, 200, null);
            remember(em, c, result);
            return new Stored(result, c.id(), false, List.of());
        }
        Instant now = Instant.now();
        record.update(content.address(), c.recordedAt(), data, now, 0);
        tx.stamp(record::stamp);
        em.flush();
        List<Long> alerts = warning.evaluate(em, record.toRecord(content.address()), content.address(), captain, now);
        Result result = new Result(in.id(), UPDATED, record.version(), record.ticketId(), null, 200, null);
        remember(em, c, result);
        return new Stored(result, c.id(), false, alerts);
    }

    private record Content(AddressEntity address, Map<String, Object> data) {
    }

    /** Checks a record's data: its address (in one of the captain's buildings), workflow answers and kind fields. */
    private Content content(EntityManager em, Account captain, FieldRecordKind kind, Map<String, Object> raw,
            Problems problems) {
        Map<String, Object> fields = new LinkedHashMap<>(raw);
        Object addressCode = fields.remove(ADDRESS);
        Object steps = fields.remove(VisitWorkflows.STEPS);
        AddressEntity address = null;
        if (addressCode == null || addressCode.toString().isBlank()) {
            if (kind.addressRequired()) {
                problems.add("data.address", "required", "a " + kind.code() + " record names the standard address"
                        + " (building, entrance or door) it is about");
            }
        } else {
            address = AddressBook.byCode(em, addressCode.toString()).orElse(null);
            if (address == null || !address.level().atOrBelowBuilding()) {
                problems.add("data.address", "unknown_address", "'" + addressCode + "' is not the standard address"
                        + " of a building, entrance or door");
                address = null;
            } else if (!Captains.serves(em, captain.id(), address.buildingId())) {
                problems.add("data.address", "not_your_building", "'" + addressCode + "' is not in a building you"
                        + " serve as captain");
            }
        }
        Map<String, String> answers = settings.get().workflows().check(kind.code(), steps, problems);
        Map<String, Object> data = new LinkedHashMap<>(FieldValues.validate(kind.fields(), fields, problems, "data."));
        if (problems.isEmpty()) {
            problems.addAll(kind.validate(data));
        }
        if (address != null) {
            data.put(ADDRESS, address.code());
        }
        if (answers != null) {
            data.put(VisitWorkflows.STEPS, answers);
        }
        return new Content(address, data);
    }

    private static Optional<Result> answeredBefore(EntityManager em, Checked c) {
        List<?> rows = em.createNativeQuery("SELECT STATUS, VERSION, CONFLICT_ID FROM FQ_CAP_SUBMISSION"
                + " WHERE RECORD_ID = ? AND BODY_HASH = ?").setParameter(1, c.id().toString())
                .setParameter(2, c.hash()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        String status = row[0].toString();
        FieldRecordEntity record = em.find(FieldRecordEntity.class, c.id().toString());
        Long conflictId = row[2] == null ? null : ((Number) row[2]).longValue();
        int httpStatus = switch (status) {
            case CREATED -> 201;
            case CONFLICT -> 409;
            default -> 200;
        };
        List<Problem> errors = conflictId == null ? null : List.of(new Problem("baseVersion", "stale_version",
                "the record changed since this edit's base version; the edit is kept for review"));
        return Optional.of(new Result(c.id().toString(), status, ((Number) row[1]).intValue(),
                record == null ? null : record.ticketId(), conflictId, httpStatus, errors));
    }

    private static void remember(EntityManager em, Checked c, Result result) {
        // CONFLICT_ID is written only when there is one: an untyped NULL parameter is refused by Derby
        javax.persistence.Query q = em.createNativeQuery("INSERT INTO FQ_CAP_SUBMISSION (RECORD_ID, BODY_HASH, STATUS, VERSION, RECEIVED_AT"
                + (result.conflictId() == null ? ") VALUES (?, ?, ?, ?, ?)" : ", CONFLICT_ID) VALUES (?, ?, ?, ?, ?, ?)"))
                .setParameter(1, c.id().toString()).setParameter(2, c.hash()).setParameter(3, result.status())
                .setParameter(4, result.version()).setParameter(5, java.sql.Timestamp.from(Instant.now()));
        if (result.conflictId() != null) {
            q.setParameter(6, result.conflictId());
        }
        q.executeUpdate();
    }
}
