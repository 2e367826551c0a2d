package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One view of a board's list or of a ticket, counted in the figures (P13). */
@Entity
@Table(name = "FQ_VISIT")
public class VisitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "BOARD_ID")
    private String boardId;
    @Column(name = "TICKET_ID")
    private Long ticketId;
    @Column(name = "VISITED_AT")
    private Timestamp visitedAt;

    protected VisitEntity() {
    }

    VisitEntity(String boardId, Long ticketId, Instant at) {
        this.boardId = boardId;
        this.ticketId = ticketId;
        this.visitedAt = Timestamp.from(at);
    }
}
