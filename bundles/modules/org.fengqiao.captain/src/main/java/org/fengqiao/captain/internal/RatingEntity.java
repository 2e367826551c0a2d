package org.fengqiao.captain.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A resident's rating of their captain for one month (B5). */
@Entity
@Table(name = "FQ_CAP_RATING")
public class RatingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "CAPTAIN_ID")
    private long captainId;
    @Column(name = "RATER_ID")
    private long raterId;
    @Column(name = "RATING_MONTH")
    private String month;
    @Column(name = "SCORE")
    private int score;
    @Column(name = "COMMENT_TEXT")
    private String comment;
    @Column(name = "RATED_AT")
    private Timestamp ratedAt;

    protected RatingEntity() {
    }

    RatingEntity(long captainId, long raterId, String month, int score, String comment, Instant at) {
        this.captainId = captainId;
        this.raterId = raterId;
        this.month = month;
        this.score = score;
        this.comment = comment;
        this.ratedAt = Timestamp.from(at);
    }

    long id() {
        return id;
    }

    int score() {
        return score;
    }

    String comment() {
        return comment;
    }

    Instant ratedAt() {
        return ratedAt.toInstant();
    }
}
