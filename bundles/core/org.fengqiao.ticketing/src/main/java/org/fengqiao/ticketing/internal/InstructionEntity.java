package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fengqiao.ticketing.api.Instruction;

/** A leader's instruction on a ticket and its acknowledgement by the handling unit. */
@Entity
@Table(name = "FQ_INSTRUCTION")
public class InstructionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "TICKET_ID")
    private long ticketId;
    @Column(name = "LEADER_ID")
    private long leaderId;
    @Column(name = "BODY")
    private String body;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "ACKNOWLEDGED_BY")
    private Long acknowledgedBy;
    @Column(name = "ACKNOWLEDGED_AT")
    private Timestamp acknowledgedAt;

    protected InstructionEntity() {
    }

    InstructionEntity(long ticketId, long leaderId, String body, Instant now) {
        this.ticketId = ticketId;
        this.leaderId = leaderId;
        this.body = body;
        this.createdAt = Timestamp.from(now);
    }

    long ticketId() {
        return ticketId;
    }

    boolean isPending() {
        return acknowledgedAt == null;
    }

    void acknowledge(long staffId, Instant now) {
        acknowledgedBy = staffId;
        acknowledgedAt = Timestamp.from(now);
    }

    Instruction toInstruction() {
        return new Instruction(id, ticketId, leaderId, body, createdAt.toInstant(), acknowledgedBy,
                acknowledgedAt == null ? null : acknowledgedAt.toInstant());
    }
}
