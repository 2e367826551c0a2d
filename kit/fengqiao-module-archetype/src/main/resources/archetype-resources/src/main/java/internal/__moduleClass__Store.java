package ${package}.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.fengqiao.persistence.api.BundleDatabase;
import org.fengqiao.persistence.api.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's table, on the city's database (Derby or PostgreSQL). Its Liquibase changelog migrates it before the
 * module serves; uninstalling the module keeps the table and its rows.
 */
@Component(service = ${moduleClass}Store.class)
public class ${moduleClass}Store {

    /** One stored entry. */
    record Entry(long id, String title, String body, long authorId, String authorName, Instant createdAt) {
    }

    private final DataSource dataSource;

    @Activate
    public ${moduleClass}Store(@Reference(target = BundleDatabase.DATA_SOURCE_FILTER) DataSource dataSource) {
        this.dataSource = dataSource;
        SchemaMigrations.migrate(dataSource, ${moduleClass}Store.class, "db/${moduleId}/changelog.xml");
    }

    Entry add(String title, String body, long authorId, String authorName, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO ${moduleId.toUpperCase()}_ENTRY (TITLE, BODY, AUTHOR_ID, AUTHOR_NAME, CREATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, title);
            insert.setString(2, body);
            insert.setLong(3, authorId);
            insert.setString(4, authorName);
            insert.setTimestamp(5, Timestamp.from(at));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Entry(keys.getLong(1), title, body, authorId, authorName, at);
            }
        }
    }

    boolean titleTaken(String title) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT 1 FROM ${moduleId.toUpperCase()}_ENTRY WHERE TITLE = ?")) {
            query.setString(1, title);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Newest first. */
    List<Entry> page(int page, int size) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT ID, TITLE, BODY, AUTHOR_ID, AUTHOR_NAME, CREATED_AT FROM ${moduleId.toUpperCase()}_ENTRY"
                        + " ORDER BY ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            query.setLong(1, (long) page * size);
            query.setInt(2, size);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                            rows.getString(5), rows.getTimestamp(6).toInstant()));
                }
            }
            return entries;
        }
    }
}
