package org.fengqiao.identity.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The append-only audit log (Q3). Lines are never changed or removed through any service or endpoint. */
@ProviderType
public interface AuditLog {

    /** Appends a line; a line whose {@link AuditEntry#sourceKey()} is already logged is not appended again. */
    void append(AuditEntry entry);

    /** Lines matching the query, newest first. */
    List<AuditEntry> find(AuditQuery query);

    long count(AuditQuery query);
}
