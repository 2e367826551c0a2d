package org.fengqiao.linkage.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.fengqiao.identity.api.Account;
import org.fengqiao.linkage.api.Delivery;
import org.fengqiao.linkage.api.Dispatch;
import org.fengqiao.linkage.api.DispatchState;

@Entity
@Table(name = "FQ_DISPATCH")
public class DispatchEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "TICKET_ID")
    private long ticketId;
    @Column(name = "LINKAGE_ID")
    private String linkageId;
    @Column(name = "CATEGORY")
    private String category;
    @Column(name = "DEPARTMENT_UNIT")
    private String departmentUnit;
    @Column(name = "UNIT_CODE")
    private String unitCode;
    @Column(name = "DISPATCH_STATE")
    private String state;
    @Column(name = "NOTE")
    private String note;
    @Column(name = "DISPATCHER_ID")
    private long dispatcherId;
    @Column(name = "DISPATCHER_NAME")
    private String dispatcherName;
    @Column(name = "HANDLER_ID")
    private Long handlerId;
    @Column(name = "HANDLER_NAME")
    private String handlerName;
    @Column(name = "FEEDBACK")
    private String feedback;
    @Column(name = "RETURN_REASON")
    private String returnReason;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "ACCEPT_DUE")
    private Timestamp acceptDue;
    @Column(name = "DUE")
    private Timestamp due;
    @Column(name = "ACCEPTED_AT")
    private Timestamp acceptedAt;
    @Column(name = "ANSWERED_AT")
    private Timestamp answeredAt;
    @Column(name = "CLOSED_AT")
    private Timestamp closedAt;
    @Column(name = "ESCALATION_LEVEL")
    private int escalationLevel;
    @Column(name = "ESCALATED_AT")
    private Timestamp escalatedAt;
    @Column(name = "DELIVERY_MODE")
    private String deliveryMode;
    @Column(name = "EXTERNAL_SERVICE_CODE")
    private String externalServiceCode;
    @Column(name = "EXTERNAL_ID")
    private String externalId;
    @Column(name = "EXTERNAL_TOKEN")
    private String externalToken;
    @Column(name = "EXTERNAL_STATUS")
    private String externalStatus;
    @Column(name = "DELIVERY_ATTEMPTS")
    private int deliveryAttempts;
    @Column(name = "DELIVERY_ERROR")
    private String deliveryError;
    @Column(name = "NEXT_ATTEMPT_AT")
    private Timestamp nextAttemptAt;
    @Version
    @Column(name = "ROW_VERSION")
    private int version;

    protected DispatchEntity() {
    }

    DispatchEntity(long ticketId, String linkageId, String category, String departmentUnit, String note,
            Account dispatcher, Instant now, Instant acceptDue, Instant due, Delivery.Mode mode, String serviceCode) {
        this.ticketId = ticketId;
        this.linkageId = linkageId;
        this.category = category;
        this.departmentUnit = departmentUnit;
        this.unitCode = departmentUnit;
        this.state = DispatchState.DISPATCHED.code();
        this.note = note;
        this.dispatcherId = dispatcher.id();
        this.dispatcherName = dispatcher.publicName();
        this.createdAt = Timestamp.from(now);
        this.acceptDue = Timestamp.from(acceptDue);
        this.due = Timestamp.from(due);
        this.deliveryMode = mode.name();
        this.externalServiceCode = serviceCode;
        if (mode == Delivery.Mode.OPEN311) {
            this.nextAttemptAt = Timestamp.from(now);
        }
    }

    long id() {
        return id;
    }

    long ticketId() {
        return ticketId;
    }

    String linkageId() {
        return linkageId;
    }

    String departmentUnit() {
        return departmentUnit;
    }

    long dispatcherId() {
        return dispatcherId;
    }

    int version() {
        return version;
    }

    DispatchState state() {
        return DispatchState.fromCode(state).orElseThrow();
    }

    boolean isOpen311() {
        return Delivery.Mode.OPEN311.name().equals(deliveryMode);
    }

    String externalId() {
        return externalId;
    }

    String externalToken() {
        return externalToken;
    }

    String externalServiceCode() {
        return externalServiceCode;
    }

    String category() {
        return category;
    }

    String note() {
        return note;
    }

    void accept(Account handler, Instant at) {
        state = DispatchState.ACCEPTED.code();
        handlerId = handler == null ? null : handler.id();
        handlerName = handler == null ? null : handler.publicName();
        acceptedAt = Timestamp.from(at);
    }

    void answer(String text, Instant at) {
        state = DispatchState.ANSWERED.code();
        feedback = text;
        answeredAt = Timestamp.from(at);
    }

    void returnToDispatcher(String reason, Instant at) {
        state = DispatchState.RETURNED.code();
        returnReason = reason;
        closedAt = Timestamp.from(at);
    }

    void complete(Instant at) {
        state = DispatchState.COMPLETED.code();
        closedAt = Timestamp.from(at);
    }

    /** Back to the department; over Open311 that means a new request in its system. */
    void sendBack(String reason, Instant at) {
        returnReason = reason;
        answeredAt = null;
        if (isOpen311()) {
            state = DispatchState.DISPATCHED.code();
            externalId = null;
            externalToken = null;
            externalStatus = null;
            deliveryAttempts = 0;
            deliveryError = null;
            nextAttemptAt = Timestamp.from(at);
        } else {
            state = DispatchState.ACCEPTED.code();
        }
    }

    void delivered(String requestId, String token, Instant at) {
        externalId = requestId;
        externalToken = token;
        externalStatus = "open";
        deliveryError = null;
        nextAttemptAt = null;
        deliveryAttempts++;
        accept(null, at);
    }

    void requestIdKnown(String requestId) {
        externalId = requestId;
    }

    void externalStatus(String status) {
        externalStatus = status;
        deliveryError = null;
    }

    /** A failed delivery or read: tried again after a wait that doubles up to an hour. */
    void failedAttempt(String error, Instant now) {
        deliveryAttempts++;
        deliveryError = error.length() > 1000 ? error.substring(0, 1000) : error;
        nextAttemptAt = Timestamp.from(now.plus(org.fengqiao.platform.api.Settings.retryWait(deliveryAttempts)));
    }

    Dispatch toDispatch() {
        Dispatch.ExternalRequest external = isOpen311()
                ? new Dispatch.ExternalRequest(externalServiceCode, externalId, externalToken, externalStatus,
                        deliveryAttempts, deliveryError, instant(nextAttemptAt))
                : null;
        return new Dispatch(id, ticketId, linkageId, category, departmentUnit, unitCode, state(), note, dispatcherId,
                dispatcherName, handlerId, handlerName, feedback, returnReason, createdAt.toInstant(),
                acceptDue.toInstant(), due.toInstant(), instant(acceptedAt), instant(answeredAt), instant(closedAt),
                escalationLevel, external, version);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
