package org.fengqiao.identity.internal;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fengqiao.identity.api.AuditEntry;

/** An audit line: written once, never updated (no setters). */
@Entity
@Table(name = "FQ_AUDIT")
public class AuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "SOURCE_KEY")
    private String sourceKey;
    @Column(name = "LOGGED_AT")
    private Timestamp at;
    @Column(name = "ACTOR_ID")
    private long actorId;
    @Column(name = "ACTOR_NAME")
    private String actorName;
    @Column(name = "ACTION_CODE")
    private String action;
    @Column(name = "SUBJECT_TYPE")
    private String subjectType;
    @Column(name = "SUBJECT_ID")
    private String subjectId;
    @Column(name = "VERSION_BEFORE")
    private Integer versionBefore;
    @Column(name = "VERSION_AFTER")
    private Integer versionAfter;
    @Column(name = "DETAIL")
    private String detail;

    protected AuditEntity() {
    }

    AuditEntity(AuditEntry e) {
        this.sourceKey = e.sourceKey();
        this.at = Timestamp.from(e.at());
        this.actorId = e.actorId();
        this.actorName = cut(e.actorName(), 100);
        this.action = cut(e.action(), 64);
        this.subjectType = cut(e.subjectType(), 32);
        this.subjectId = cut(e.subjectId(), 64);
        this.versionBefore = e.versionBefore();
        this.versionAfter = e.versionAfter();
        this.detail = cut(e.detail(), 500);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, sourceKey, at.toInstant(), actorId, actorName, action, subjectType, subjectId,
                versionBefore, versionAfter, detail);
    }
}
