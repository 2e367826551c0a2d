package org.fengqiao.ticketing.internal;

import java.util.Map;

import javax.persistence.EntityManager;

import org.fengqiao.board.api.Board;
import org.fengqiao.identity.api.Account;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.fengqiao.ticketing.api.Ticket;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every ticketing service does with stored tickets: find them on installed boards, and map them out. */
@Component(service = TicketRecords.class)
public class TicketRecords {

    /** The author of automatic steps such as escalations. */
    static final Account SYSTEM = new Account(0, "system", "系统 System", null, java.util.Set.of(), null,
            java.time.Instant.EPOCH);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FIELD_MAP = new TypeReference<>() {
    };

    private final BoardRegistry boards;

    @Activate
    public TicketRecords(@Reference BoardRegistry boards) {
        this.boards = boards;
    }

    Board installedBoard(String boardId) {
        return boards.board(boardId).orElseThrow(() -> FengqiaoException.notFound("board_not_installed",
                "no board '" + boardId + "' is installed"));
    }

    /** The serving board plugin's settings: its routing and deadline defaults; empty when it is not installed. */
    Map<String, Object> settings(String boardId) {
        return boards.registration(boardId).map(BoardRegistry.Registration::settings).orElse(Map.of());
    }

    /** The ids of the boards installed now, for queries that must leave the others' posts out. */
    java.util.List<String> installedIds() {
        return boards.boards().stream().map(Board::id).toList();
    }

    boolean isInstalled(String boardId) {
        return boards.board(boardId).isPresent();
    }

    /** Installed, and not confidential: its posts are for everyone to read. */
    boolean isPublic(String boardId) {
        return boards.board(boardId).map(b -> b.visibility() == org.fengqiao.board.api.Visibility.PUBLIC).orElse(false);
    }

    /** A ticket is found only while its board is installed. */
    TicketEntity find(EntityManager em, long id) {
        TicketEntity entity = em.find(TicketEntity.class, id);
        if (entity == null) {
            throw FengqiaoException.notFound("ticket_not_found", "no ticket " + id);
        }
        installedBoard(entity.boardId());
        return entity;
    }

    Ticket toTicket(TicketEntity entity) {
        try {
            Map<String, Object> fields = entity.fieldsJson() == null ? Map.of()
                    : JSON.readValue(entity.fieldsJson(), FIELD_MAP);
            return entity.toTicket(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ticket " + entity.id() + " has unreadable fields", e);
        }
    }

    static <T> T fromJson(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored " + type.getSimpleName(), e);
        }
    }

    static String toJson(Object values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
