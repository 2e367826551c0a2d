package org.fengqiao.captain.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fengqiao.identity.api.Account;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Edits kept for review because they were based on an older version (B2). The captain compares them with the stored
 * record and keeps either: {@code stored} drops the edit, {@code mine} applies it as a new version.
 */
@Component(service = Conflicts.class)
public class Conflicts {

    record Conflict(long id, String recordId, String kind, int baseVersion, int storedVersion,
            Map<String, Object> data, Map<String, Object> storedData, Instant recordedAt, Instant receivedAt) {
    }

    private final CaptainDatabase db;
    private final FieldSync sync;

    @Activate
    public Conflicts(@Reference CaptainDatabase db, @Reference FieldSync sync) {
        this.db = db;
        this.sync = sync;
    }

    List<Conflict> open(Account captain) {
        return db.read(em -> em.createQuery("SELECT c FROM ConflictEntity c WHERE c.captainId = :c AND"
                + " c.resolution IS NULL ORDER BY c.id", ConflictEntity.class).setParameter("c", captain.id())
                .setMaxResults(200).getResultList().stream().map(c -> {
                    FieldRecordEntity r = em.find(FieldRecordEntity.class, c.recordId());
                    return new Conflict(c.id(), c.recordId(), r.kind(), c.baseVersion(), r.version(),
                            RecordJson.read(c.data()), RecordJson.read(r.data()), c.recordedAt(), c.receivedAt());
                }).toList());
    }

    FieldSync.Result resolve(Account captain, long id, String keep) {
        if (!"stored".equals(keep) && !"mine".equals(keep)) {
            throw FengqiaoException.invalid(List.of(new Problem("keep", "not_allowed", "keep is 'stored' or 'mine'")));
        }
        Conflict c = open(captain).stream().filter(x -> x.id() == id).findFirst().orElseThrow(
                () -> FengqiaoException.notFound("conflict_not_found", "you have no open conflict " + id));
        FieldSync.Result result;
        if ("mine".equals(keep)) {
            result = sync.one(captain, new FieldSync.Incoming(c.recordId(), c.kind(),
                    c.recordedAt().toString().replace("Z", "+00:00"), c.storedVersion(), c.data()));
            if (!FieldSync.UPDATED.equals(result.status()) && !FieldSync.UNCHANGED.equals(result.status())) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "not_applied", "the edit could not be applied: "
                        + result.errors(), result.errors() == null ? List.of() : result.errors(), Map.of());
            }
        } else {
            result = new FieldSync.Result(c.recordId(), FieldSync.UNCHANGED, c.storedVersion(), null, id, 200, null);
        }
        db.inTransaction(em -> {
            em.find(ConflictEntity.class, id).resolve(keep, captain.id(), Instant.now());
            return null;
        });
        return result;
    }
}
