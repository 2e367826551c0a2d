package org.fengqiao.ticketing.internal;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One person following one ticket. */
@Entity
@Table(name = "FQ_FOLLOW")
@IdClass(FollowEntity.Key.class)
public class FollowEntity {

    /** The composite key: ticket and account. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long ticketId;
        public long accountId;

        public Key() {
        }

        Key(long ticketId, long accountId) {
            this.ticketId = ticketId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.ticketId == ticketId && k.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(ticketId) * 31 + Long.hashCode(accountId);
        }
    }

    @Id
    @Column(name = "TICKET_ID")
    private long ticketId;
    @Id
    @Column(name = "ACCOUNT_ID")
    private long accountId;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;

    protected FollowEntity() {
    }

    FollowEntity(long ticketId, long accountId, Instant now) {
        this.ticketId = ticketId;
        this.accountId = accountId;
        this.createdAt = Timestamp.from(now);
    }
}
