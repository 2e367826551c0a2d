package org.fengqiao.cogovernance.internal;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A five-in-one team of a community, or of one grid in it. */
@Entity
@Table(name = "FQ_COG_TEAM")
public class TeamEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "COMMUNITY")
    private String community;
    @Column(name = "GRID")
    private String grid;
    @Column(name = "NAME")
    private String name;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Version
    @Column(name = "ROW_VERSION")
    private int version;

    protected TeamEntity() {
    }

    TeamEntity(String community, String grid, String name, Instant at) {
        this.community = community;
        this.grid = grid;
        this.name = name;
        this.createdAt = Timestamp.from(at);
    }

    long id() {
        return id;
    }

    String community() {
        return community;
    }

    String grid() {
        return grid;
    }

    String name() {
        return name;
    }

    int version() {
        return version;
    }
}
