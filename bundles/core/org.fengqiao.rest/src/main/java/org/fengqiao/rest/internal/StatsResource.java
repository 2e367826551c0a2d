package org.fengqiao.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.fengqiao.ticketing.api.Stats;
import org.fengqiao.ticketing.api.StatsQuery;
import org.fengqiao.ticketing.api.StatsService;
import org.fengqiao.rest.api.Authenticator;
import org.fengqiao.rest.api.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Public figures (P13): members, tickets, replies, visits, response and resolution times, satisfaction. */
@Component(service = StatsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FengqiaoApplication.SELECT)
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    /** The longest period is a leap year. */
    static final Duration LONGEST = Duration.ofDays(366);

    record Period(Instant from, Instant to) {
    }

    record Members(long total, long joined) {
    }

    record StatsView(Period period, Members members, Stats figures) {
    }

    private final StatsService stats;
    private final IdentityService identity;
    private final BoardRegistry boards;

    @Activate
    public StatsResource(@Reference StatsService stats, @Reference IdentityService identity,
            @Reference BoardRegistry boards) {
        this.stats = stats;
        this.identity = identity;
        this.boards = boards;
    }

    @GET
    public StatsView stats(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("unit") String unit, @QueryParam("board") String board) {
        Problems problems = new Problems();
        ZoneId zone = stats.zone();
        Instant end = parse("to", to, true, zone, problems);
        Instant start = parse("from", from, false, zone, problems);
        end = end == null ? Instant.now() : end;
        start = start == null ? end.minus(Duration.ofDays(30)) : start;
        if (problems.isEmpty() && !start.isBefore(end)) {
            problems.add("from", "out_of_range", "from must be before to");
        } else if (problems.isEmpty() && Duration.between(start, end).compareTo(LONGEST) > 0) {
            problems.add("to", "out_of_range", "a period is at most 366 days");
        }
        if (unit != null && !unit.isBlank() && identity.unit(unit).isEmpty()) {
            problems.add("unit", "unknown_unit", "no unit '" + unit + "'");
        }
        problems.throwIfAny();
        if (board != null && !board.isBlank() && boards.board(board).isEmpty()) {
            throw FengqiaoException.notFound("board_not_installed", "no board '" + board + "' is installed");
        }
        // figures are counted per calendar day: the period is the whole days it touches
        start = start.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        end = end.minusNanos(1).atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        List<String> units = unit == null || unit.isBlank() ? null : identity.unitAndDescendants(unit);
        Stats figures = stats.stats(new StatsQuery(start, end, units, board == null || board.isBlank() ? null : board));
        return new StatsView(new Period(start, end), new Members(identity.countCitizens(null, null),
                identity.countCitizens(start, end)), figures);
    }

    /** An ISO date (a whole day of the figures' zone; {@code to} includes it) or an ISO instant. */
    private static Instant parse(String name, String value, boolean endOfDay, ZoneId zone, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(name, "wrong_type", name + " must be a date such as 2026-11-26 or an instant such as"
                    + " 2026-11-26T08:00:00Z");
            return null;
        }
    }
}
