package org.fengqiao.captain.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofHours(1);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FieldSync.class);

    private record Checked(UUID id, FieldRecordKind kind, Instant recordedAt, String hash) {
    }

    private record Stored(Result result, UUID recordId, boolean created, List<Long> alerts) {
    }

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

    List<Result> sync(Account captain, List<Incoming> records) {
        int max = settings.get().maxRecordsPerSync();
        if (records.size() > max) {
            throw FengqiaoException.invalid(List.of(new Problem("records", "too_many",
                    "at most " + max + " records per sync; send the rest in another")));
        }
        List<Result> results = new ArrayList<>(records.size());
        for (Incoming record : records) {
            try {
                results.add(one(captain, record));
            } catch (RuntimeException e) {
                // nothing of this record was stored; the others go on, and the device sends it again
                LOG.error("Record {} of captain {} could not be stored", record == null ? null : record.id(),
                        captain.id(), e);
                results.add(Result.rejected(record == null ? null : record.id(), 503, "not_stored",
                        "the record could not be stored now; send it again"));
            }
        }
        return results;
    }

    Result one(Account captain, Incoming in) {
        if (in == null) {
            return Result.rejected(null, 400, "missing_record", "a record is null");
        }
        Problems problems = new Problems();
        Checked checked = check(in, problems);
        if (!problems.isEmpty()) {
            return Result.rejected(in.id(), 400, problems.list());
        }
        Stored stored;
        try {
            try {
                stored = store(captain, in, checked);
            } catch (RuntimeException e) {
                if (!Transactions.isDuplicateKey(e)) {
                    throw e;
                }
                // the same record arrived twice at once: the other request stored it; answer as for a resend
                stored = store(captain, in, checked);
            }
        } catch (FengqiaoException e) {
            return Result.rejected(in.id(), e.kind().httpStatus(), e.problems().isEmpty()
                    ? List.of(new Problem(null, e.code(), e.getMessage())) : e.problems());
        }
        if (!stored.created() && stored.alerts().isEmpty()) {
            return stored.result();
        }
        Long ticketId = stored.created() ? recordTickets.post(stored.recordId()).orElse(null) : null;
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

    private Stored store(Account captain, Incoming in, Checked c) {
        return db.inTransaction(em -> {
            Optional<Result> before = answeredBefore(em, c);
            if (before.isPresent()) {
                return new Stored(before.get(), c.id(), false, List.of());
            }
            FieldRecordEntity record = em.find(FieldRecordEntity.class, c.id().toString());
            if (record != null && record.captainId() != captain.id()) {
                return rejected(in, 409, "id_reused", "this id names a record of another captain");
            }
            if (record == null) {
                return in.baseVersion() == null ? create(em, captain, in, c)
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
            return update(em, captain, in, c, record);
        });
    }

    private static Stored rejected(Incoming in, int status, String code, String message) {
        return new Stored(Result.rejected(in.id(), status, code, message), null, false, List.of());
    }

    private Stored create(EntityManager em, Account captain, Incoming in, Checked c) {
        Problems problems = new Problems();
        Content content = content(em, captain, c.kind(), in.data(), problems);
        if (!problems.isEmpty()) {
            return new Stored(Result.rejected(in.id(), 400, problems.list()), null, false, List.of());
        }
        Instant now = Instant.now();
        long seq = CaptainDatabase.nextChange(em);
        FieldRecord draft = new FieldRecord(c.id(), c.kind().code(), captain.id(),
                content.address() == null ? null : content.address().code(),
                content.address() == null ? null : content.address().fullName(), c.recordedAt(), 1, content.data(), null);
        boolean wantsTicket = c.kind().ticket(draft).isPresent();
        List<PopulationChange> changes = c.kind().population(draft);
        Population.apply(em, changes, content.address() == null ? null : content.address().buildingId(),
                c.recordedAt(), seq, problems);
        if (!problems.isEmpty()) {
            throw FengqiaoException.invalid(problems.list());
        }
        FieldRecordEntity record = new FieldRecordEntity(c.id(), c.kind().code(), captain.id(), content.address(),
                c.recordedAt(), RecordJson.write(content.data()), wantsTicket, now, seq);
        em.persist(record);
        em.flush();
        List<Long> alerts = warning.evaluate(em, draft, content.address(), captain, now);
        Result result = new Result(in.id(), CREATED, 1, null, null, 201, null);
        remember(em, c, result);
        return new Stored(result, c.id(), true, alerts);
    }

    private Stored update(EntityManager em, Account captain, Incoming in, Checked c, FieldRecordEntity record) {
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
        record.update(content.address(), c.recordedAt(), data, now, CaptainDatabase.nextChange(em));
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
