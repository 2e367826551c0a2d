package org.fengqiao.captain.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.fengqiao.identity.api.Account;
import org.fengqiao.persistence.api.Transactions;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Photos and other files of a field record, uploaded by (record, name): idempotent and resumable. A device sends the
 * whole file, or pieces with {@code Content-Range: bytes first-last/total}, each piece starting where the stored part
 * ends ({@code received}, which the status tells after a broken connection). A piece or a file sent again changes
 * nothing; other bytes under a completed name are refused.
 */
@Component(service = Attachments.class)
public class Attachments {

    record Status(String recordId, String name, String contentType, long size, long received, boolean complete,
            String sha256) {
    }

    record Upload(Status status, boolean completedNow) {
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

    private final CaptainDatabase db;
    private final CaptainSettings settings;
    private final AreaAccess area;

    @Activate
    public Attachments(@Reference CaptainDatabase db, @Reference CaptainSettings settings, @Reference AreaAccess area) {
        this.db = db;
        this.settings = settings;
        this.area = area;
    }

    Upload put(Account captain, String recordId, String name, String contentType, String contentRange,
            InputStream body) {
        checkName(name);
        long max = settings.get().maxAttachmentBytes();
        byte[] bytes = read(body, max);
        long start = 0;
        long total = bytes.length;
        if (contentRange != null && !contentRange.isBlank()) {
            Matcher m = RANGE.matcher(contentRange.strip());
            if (!m.matches() || Long.parseLong(m.group(2)) - Long.parseLong(m.group(1)) + 1 != bytes.length
                    || Long.parseLong(m.group(2)) >= Long.parseLong(m.group(3))) {
                throw invalid("Content-Range", "invalid_range", "Content-Range must be 'bytes first-last/total' and"
                        + " match the body's " + bytes.length + " bytes");
            }
            start = Long.parseLong(m.group(1));
            total = Long.parseLong(m.group(3));
        }
        if (total > max) {
            throw invalid("body", "too_large", "an attachment has at most " + max + " bytes");
        }
        if (total == 0) {
            throw invalid("body", "required", "the attachment is empty");
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream"
                : contentType.strip().length() > 100 ? contentType.strip().substring(0, 100) : contentType.strip();
        long first = start;
        long size = total;
        try {
            return db.inTransaction(em -> append(em, captain, recordId, name, type, first, size, bytes));
        } catch (RuntimeException e) {
            if (!Transactions.isDuplicateKey(e)) {
                throw e;
            }
            // the same piece arrived twice at once: the other request stored it
            return db.inTransaction(em -> append(em, captain, recordId, name, type, first, size, bytes));
        }
    }

    private Upload append(EntityManager em, Account captain, String recordId, String name, String type, long start,
            long total, byte[] bytes) {
        FieldRecordEntity record = em.find(FieldRecordEntity.class, recordId);
        if (record == null || record.captainId() != captain.id()) {
            throw FengqiaoException.notFound("record_not_found", "you have no record " + recordId
                    + "; sync the record before its attachments");
        }
        Optional<Status> stored = status(em, recordId, name);
        if (stored.isEmpty()) {
            em.createNativeQuery("INSERT INTO FQ_CAP_ATTACHMENT (RECORD_ID, NAME, CONTENT_TYPE, TOTAL_SIZE, RECEIVED,"
                    + " STARTED_AT) VALUES (?, ?, ?, ?, 0, ?)").setParameter(1, recordId).setParameter(2, name)
                    .setParameter(3, type).setParameter(4, total).setParameter(5, Timestamp.from(Instant.now()))
                    .executeUpdate();
            stored = status(em, recordId, name);
        }
        Status s = stored.get();
        if (s.size() != total) {
            throw conflict("attachment_exists", name + " is stored with " + s.size() + " bytes, not " + total);
        }
        if (start + bytes.length <= s.received()) {
            // a piece or a file sent again: the same bytes when the whole file matches its hash
            if (s.complete() && start == 0 && bytes.length == total && !RecordJson.sha256(bytes).equals(s.sha256())) {
                throw conflict("attachment_exists", name + " is stored with other content; use another name");
            }
            return new Upload(s, false);
        }
        if (start != s.received()) {
            throw new FengqiaoException(ErrorKind.CONFLICT, "offset_mismatch", "the stored part of " + name
                    + " ends at byte " + s.received() + "; send from there", List.of(), Map.of("received",
                            s.received()));
        }
        int locked = em.createNativeQuery("UPDATE FQ_CAP_ATTACHMENT SET RECEIVED = ? WHERE RECORD_ID = ? AND NAME = ?"
                + " AND RECEIVED = ?").setParameter(1, start + bytes.length).setParameter(2, recordId)
                .setParameter(3, name).setParameter(4, start).executeUpdate();
        if (locked == 0) {
            throw conflict("offset_mismatch", "another upload of " + name + " was faster; ask for its status");
        }
        em.persist(new ChunkEntity(recordId, name, start, bytes));
        em.flush();
        boolean complete = start + bytes.length == total;
        if (complete) {
            String sha = RecordJson.sha256(content(em, recordId, name));
            em.createNativeQuery("UPDATE FQ_CAP_ATTACHMENT SET SHA256 = ?, COMPLETED_AT = ? WHERE RECORD_ID = ?"
                    + " AND NAME = ?").setParameter(1, sha).setParameter(2, Timestamp.from(Instant.now()))
                    .setParameter(3, recordId).setParameter(4, name).executeUpdate();
        }
        return new Upload(status(em, recordId, name).orElseThrow(), complete);
    }

    /** The attachments of a record, for its captain and the police of its area. */
    List<Status> list(Account viewer, String recordId) {
        return db.read(em -> {
            requireReader(em, viewer, recordId);
            List<?> rows = em.createNativeQuery("SELECT NAME FROM FQ_CAP_ATTACHMENT WHERE RECORD_ID = ? ORDER BY NAME")
                    .setParameter(1, recordId).getResultList();
            return rows.stream().map(n -> status(em, recordId, n.toString()).orElseThrow()).toList();
        });
    }

    Status status(Account viewer, String recordId, String name) {
        return db.read(em -> {
            requireReader(em, viewer, recordId);
            return status(em, recordId, name).orElseThrow(() -> FengqiaoException.notFound("attachment_not_found",
                    "record " + recordId + " has no attachment " + name));
        });
    }

    /** A complete attachment's bytes. */
    byte[] content(Account viewer, String recordId, String name) {
        return db.read(em -> {
            requireReader(em, viewer, recordId);
            Status s = status(em, recordId, name).filter(Status::complete).orElseThrow(() -> FengqiaoException
                    .notFound("attachment_not_found", "record " + recordId + " has no complete attachment " + name));
            byte[] bytes = content(em, recordId, name);
            if (bytes.length != s.size()) {
                throw new IllegalStateException("attachment " + recordId + "/" + name + " is incomplete in storage");
            }
            return bytes;
        });
    }

    private void requireReader(EntityManager em, Account viewer, String recordId) {
        FieldRecordEntity record = em.find(FieldRecordEntity.class, recordId);
        if (record == null) {
            throw FengqiaoException.notFound("record_not_found", "no record " + recordId);
        }
        if (record.captainId() == viewer.id()) {
            return;
        }
        AddressEntity address = record.addressId() == null ? null : em.find(AddressEntity.class, record.addressId());
        if (address == null) {
            throw FengqiaoException.forbidden("a record's attachments are for its captain and the police of its area");
        }
        area.requireRead(em, viewer, address, "attachments of field record " + recordId);
    }

    private static Optional<Status> status(EntityManager em, String recordId, String name) {
        List<?> rows = em.createNativeQuery("SELECT CONTENT_TYPE, TOTAL_SIZE, RECEIVED, SHA256, COMPLETED_AT FROM"
                + " FQ_CAP_ATTACHMENT WHERE RECORD_ID = ? AND NAME = ?").setParameter(1, recordId)
                .setParameter(2, name).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Status(recordId, name, r[0].toString(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), r[4] != null, r[3] == null ? null : r[3].toString().strip()));
    }

    private static byte[] content(EntityManager em, String recordId, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ChunkEntity chunk : em.createQuery("SELECT c FROM ChunkEntity c WHERE c.recordId = :r AND c.name = :n"
                + " ORDER BY c.start", ChunkEntity.class).setParameter("r", recordId).setParameter("n", name)
                .getResultList()) {
            out.writeBytes(chunk.bytes());
        }
        return out.toByteArray();
    }

    private static byte[] read(InputStream body, long max) {
        try (InputStream in = body) {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw invalid("body", "too_large", "an attachment has at most " + max + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw invalid("body", "incomplete_body", "the upload broke off: " + e.getMessage());
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw invalid("name", "invalid_name", "an attachment's name is 1-128 letters, digits, '.', '_' or '-',"
                    + " e.g. photo-1.jpg");
        }
    }

    private static FengqiaoException invalid(String field, String code, String message) {
        return FengqiaoException.invalid(List.of(new Problem(field, code, message)));
    }

    private static FengqiaoException conflict(String code, String message) {
        return new FengqiaoException(ErrorKind.CONFLICT, code, message);
    }
}
