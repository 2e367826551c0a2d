package org.fengqiao.cogovernance.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** A joint meeting (F3) of a team: planned until its minutes are written, then held. */
@Entity
@Table(name = "FQ_COG_MEETING")
public class MeetingEntity {

    static final String PLANNED = "planned";
    static final String HELD = "held";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "TEAM_ID")
    private long teamId;
    @Column(name = "KIND")
    private String kind;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "STARTS_AT")
    private Timestamp startsAt;
    @Column(name = "ENDS_AT")
    private Timestamp endsAt;
    @Column(name = "PLACE")
    private String place;
    @Column(name = "ONLINE_LINK")
    private String onlineLink;
    @Column(name = "STATE")
    private String state;
    @Column(name = "CONVENER_ID")
    private long convenerId;
    @Lob
    @Column(name = "SUMMARY")
    private String summary;
    @Column(name = "MINUTES_BY")
    private Long minutesBy;
    @Column(name = "MINUTES_AT")
    private Timestamp minutesAt;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Version
    @Column(name = "ROW_VERSION")
    private int version;

    protected MeetingEntity() {
    }

    MeetingEntity(long teamId, String kind, String title, Instant startsAt, Instant endsAt, String place,
            String onlineLink, long convenerId, Instant at) {
        this.teamId = teamId;
        this.kind = kind;
        this.title = title;
        this.startsAt = Timestamp.from(startsAt);
        this.endsAt = Timestamp.from(endsAt);
        this.place = place;
        this.onlineLink = onlineLink;
        this.state = PLANNED;
        this.convenerId = convenerId;
        this.createdAt = Timestamp.from(at);
    }

    long id() {
        return id;
    }

    long teamId() {
        return teamId;
    }

    int version() {
        return version;
    }

    void writeMinutes(String summary, long by, Instant at) {
        this.summary = summary;
        this.minutesBy = by;
        this.minutesAt = Timestamp.from(at);
        this.state = HELD;
    }

    Meeting view() {
        return new Meeting(id, teamId, kind, title, startsAt.toInstant(), endsAt.toInstant(), place, onlineLink, state,
                convenerId, summary, minutesBy, minutesAt == null ? null : minutesAt.toInstant(),
                createdAt.toInstant(), version);
    }
}
