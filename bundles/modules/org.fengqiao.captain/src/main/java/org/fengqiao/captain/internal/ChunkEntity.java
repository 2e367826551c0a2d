package org.fengqiao.captain.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;

/** One piece of an attachment, from byte {@code start} on. */
@Entity
@Table(name = "FQ_CAP_CHUNK")
@IdClass(ChunkEntity.Key.class)
public class ChunkEntity {

    /** The primary key: attachment and offset. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String recordId;
        public String name;
        public long start;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.start == start && Objects.equals(k.recordId, recordId)
                    && Objects.equals(k.name, name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordId, name, start);
        }
    }

    @Id
    @Column(name = "RECORD_ID")
    private String recordId;
    @Id
    @Column(name = "NAME")
    private String name;
    @Id
    @Column(name = "START_POS")
    private long start;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "BYTES")
    private byte[] bytes;

    protected ChunkEntity() {
    }

    ChunkEntity(String recordId, String name, long start, byte[] bytes) {
        this.recordId = recordId;
        this.name = name;
        this.start = start;
        this.bytes = bytes;
    }

    byte[] bytes() {
        return bytes;
    }
}
