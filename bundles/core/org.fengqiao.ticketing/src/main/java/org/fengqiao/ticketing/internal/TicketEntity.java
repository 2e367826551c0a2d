package org.fengqiao.ticketing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.fengqiao.ticketing.api.Hidden;
import org.fengqiao.ticketing.api.Rating;
import org.fengqiao.ticketing.api.Statement;
import org.fengqiao.ticketing.api.Supervision;
import org.fengqiao.ticketing.api.TicketDeadlines;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketState;

@Entity
@Table(name = "FQ_TICKET")
public class TicketEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "BOARD_ID")
    private String boardId;
    @Column(name = "CATEGORY")
    private String category;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "BODY")
    private String body;
    @Lob
    @Column(name = "FIELDS_JSON")
    private String fieldsJson;
    @Column(name = "AUTHOR_ID")
    private long authorId;
    @Column(name = "ADDRESSEE_ID")
    private Long addresseeId;
    @Column(name = "UNIT_CODE")
    private String unitCode;
    @Column(name = "ASSIGNEE_ID")
    private Long assigneeId;
    @Column(name = "TICKET_STATE")
    private String state;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "UPDATED_AT")
    private Timestamp updatedAt;
    @Column(name = "FIRST_RESPONSE_AT")
    private Timestamp firstResponseAt;
    @Column(name = "RESOLVED_AT")
    private Timestamp resolvedAt;
    @Column(name = "CLOSED_AT")
    private Timestamp closedAt;
    @Column(name = "RATING_SCORE")
    private Integer ratingScore;
    @Column(name = "RATING_COMMENT")
    private String ratingComment;
    @Column(name = "RATED_AT")
    private Timestamp ratedAt;
    @Column(name = "REJECT_REASON")
    private String rejectReason;
    @Column(name = "HIDDEN_REASON")
    private String hiddenReason;
    @Column(name = "HIDDEN_BY")
    private Long hiddenBy;
    @Column(name = "HIDDEN_AT")
    private Timestamp hiddenAt;
    @Column(name = "RESPONSE_SECONDS")
    private Long responseSeconds;
    @Column(name = "RESOLUTION_SECONDS")
    private Long resolutionSeconds;
    @Column(name = "EMERGENCY")
    private boolean emergency;
    @Column(name = "STATEMENT_BODY")
    private String statementBody;
    @Column(name = "STATEMENT_BY")
    private Long statementBy;
    @Column(name = "STATEMENT_AT")
    private Timestamp statementAt;
    @Column(name = "COMPLAINT")
    private boolean complaint;
    @Column(name = "CONTACT_JSON")
    private String contactJson;
    @Column(name = "REQUESTED_DUE")
    private Timestamp requestedDue;
    @Column(name = "FIRST_RESPONSE_DUE")
    private Timestamp firstResponseDue;
    @Column(name = "RESOLUTION_DUE")
    private Timestamp resolutionDue;
    @Column(name = "ESCALATION_LEVEL")
    private int escalationLevel;
    @Column(name = "ESCALATED_AT")
    private Timestamp escalatedAt;
    @Column(name = "SUPERVISED_BY")
    private Long supervisedBy;
    @Column(name = "SUPERVISED_AT")
    private Timestamp supervisedAt;
    @Version
    @Column(name = "ROW_VERSION")
    private int version;

    protected TicketEntity() {
    }

    TicketEntity(String boardId, String category, String title, String body, String fieldsJson, long authorId,
            Long addresseeId, String unitCode, Instant now, Instant firstResponseDue) {
        this.boardId = boardId;
        this.category = category;
        this.title = title;
        this.body = body;
        this.fieldsJson = fieldsJson;
        this.authorId = authorId;
        this.addresseeId = addresseeId;
        this.unitCode = unitCode;
        this.state = TicketState.SUBMITTED.code();
        this.createdAt = Timestamp.from(now);
        this.updatedAt = createdAt;
        this.firstResponseDue = Timestamp.from(firstResponseDue);
    }

    java.time.Instant createdAt() {
        return createdAt.toInstant();
    }

    long id() {
        return id;
    }

    int version() {
        return version;
    }

    long authorId() {
        return authorId;
    }

    Long assigneeId() {
        return assigneeId;
    }

    String boardId() {
        return boardId;
    }

    TicketState state() {
        return TicketState.fromCode(state).orElseThrow();
    }

    boolean rated() {
        return ratingScore != null;
    }

    void moveTo(TicketState next, Instant now) {
        state = next.code();
        updatedAt = Timestamp.from(now);
        switch (next) {
            case RESOLVED -> {
                resolvedAt = updatedAt;
                resolutionSeconds = secondsSinceCreation(now);
            }
            case CLOSED -> closedAt = updatedAt;
            case REOPENED -> {
                resolvedAt = null;
                resolutionSeconds = null;
                closedAt = null;
            }
            default -> {
            }
        }
    }

    void markFirstResponse(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = Timestamp.from(now);
            responseSeconds = secondsSinceCreation(now);
        }
    }

    long secondsSinceCreation(Instant now) {
        return java.time.Duration.between(createdAt.toInstant(), now).toSeconds();
    }

    void assignTo(Long assignee) {
        assigneeId = assignee;
    }

    void reject(String reason) {
        rejectReason = reason;
    }

    void markEmergency() {
        emergency = true;
    }

    void handOver(String unit) {
        unitCode = unit;
    }

    void pinStatement(String body, long byId, Instant now) {
        statementBody = body;
        statementBy = byId;
        statementAt = Timestamp.from(now);
    }

    void markComplaint() {
        complaint = true;
    }

    boolean isComplaint() {
        return complaint;
    }

    Long addresseeId() {
        return addresseeId;
    }

    String category() {
        return category;
    }

    String unitCode() {
        return unitCode;
    }

    int escalationLevel() {
        return escalationLevel;
    }

    void requestedDue(Instant due) {
        requestedDue = due == null ? null : Timestamp.from(due);
    }

    /** The category's resolution deadline, or the requesting system's if that is earlier and still ahead. */
    void resolutionDue(Instant due) {
        Instant requested = requestedDue == null ? null : requestedDue.toInstant();
        boolean useRequested = requested != null && requested.isBefore(due) && requested.isAfter(Instant.now());
        resolutionDue = Timestamp.from(useRequested ? requested : due);
    }

    boolean isSupervised() {
        return supervisedAt != null;
    }

    void supervise(long leaderId, Instant now) {
        supervisedBy = leaderId;
        supervisedAt = Timestamp.from(now);
    }

    boolean isHidden() {
        return hiddenAt != null;
    }

    void hide(String reason, long byId, Instant now) {
        hiddenReason = reason;
        hiddenBy = byId;
        hiddenAt = Timestamp.from(now);
    }

    void rate(int score, String comment, Instant now) {
        ratingScore = score;
        ratingComment = comment;
        ratedAt = Timestamp.from(now);
    }

    Ticket toTicket(Map<String, Object> fields) {
        Rating rating = ratingScore == null ? null : new Rating(ratingScore, ratingComment, instant(ratedAt));
        return new Ticket(id, boardId, category, title, body, fields, authorId, addresseeId, unitCode, assigneeId,
                state(), instant(createdAt), instant(updatedAt), instant(firstResponseAt), instant(resolvedAt),
                instant(closedAt), version, rating, rejectReason,
                hiddenAt == null ? null : new Hidden(hiddenReason, hiddenBy, instant(hiddenAt)),
                new TicketDeadlines(instant(firstResponseDue), instant(resolutionDue), escalationLevel,
                        instant(escalatedAt)),
                supervisedAt == null ? null : new Supervision(supervisedBy, instant(supervisedAt)), emergency,
                statementAt == null ? null : new Statement(statementBody, statementBy, instant(statementAt)));
    }

    String contactJson() {
        return contactJson;
    }

    void contactJson(String json) {
        this.contactJson = json;
    }

    String fieldsJson() {
        return fieldsJson;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
