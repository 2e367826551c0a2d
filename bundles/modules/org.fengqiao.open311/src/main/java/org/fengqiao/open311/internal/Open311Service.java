package org.fengqiao.open311.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.ws.rs.core.MultivaluedMap;

import org.fengqiao.board.api.AllowedValue;
import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.FieldType;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.Visibility;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.ApiKey;
import org.fengqiao.identity.api.ApiKeyService;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.PersonalData;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.fengqiao.ticketing.api.Contact;
import org.fengqiao.ticketing.api.NewTicket;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketSearch;
import org.fengqiao.ticketing.api.TicketService;
import org.fengqiao.ticketing.api.TicketState;
import org.fengqiao.ticketing.api.TicketUpdate;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import org.fengqiao.open311.internal.Open311Format.Items;

/**
 * GeoReport v2 over Fengqiao's boards: every category of an installed, public board is a service
 * ({@code <board>-<category>}), its intake fields are the service's attributes, and tickets are service requests.
 * Configuration PID {@value #PID}: {@code jurisdiction_id}, {@code contact}, {@code key_service},
 * {@code timezone} (default Asia/Shanghai).
 */
@Component(service = Open311Service.class, configurationPid = Open311Service.PID)
@Designate(ocd = Open311Config.class)
public class Open311Service {

    static final String PID = "org.fengqiao.open311";
    static final String PURPOSE = "open311";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String CHANGESET = "2026-11-26T00:00:00+08:00";
    static final Duration WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;
    private static final List<TicketState> OPEN = List.of(TicketState.SUBMITTED, TicketState.ACCEPTED,
            TicketState.ASSIGNED, TicketState.IN_PROGRESS, TicketState.REOPENED);
    private static final List<TicketState> CLOSED = List.of(TicketState.RESOLVED, TicketState.CLOSED,
            TicketState.REJECTED);

    private final BoardRegistry boards;
    private final TicketService tickets;
    private final IdentityService identity;
    private final ApiKeyService keys;
    private final Open311Database db;
    private final SecureRandom random = new SecureRandom();
    private volatile String jurisdiction;
    private volatile String contact;
    private volatile String keyService;
    private volatile ZoneId zone;

    @Activate
    public Open311Service(@Reference BoardRegistry boards, @Reference TicketService tickets,
            @Reference IdentityService identity, @Reference ApiKeyService keys, @Reference Open311Database db,
            Open311Config config) {
        this.boards = boards;
        this.tickets = tickets;
        this.identity = identity;
        this.keys = keys;
        this.db = db;
        modified(config);
    }

    @Modified
    void modified(Open311Config config) {
        jurisdiction = config.jurisdiction__id().isBlank() ? null : config.jurisdiction__id().strip();
        contact = config.contact().strip();
        keyService = config.key__service().strip();
        try {
            zone = ZoneId.of(config.timezone().isBlank() ? "Asia/Shanghai" : config.timezone().strip());
        } catch (java.time.DateTimeException e) {
            org.slf4j.LoggerFactory.getLogger(Open311Service.class).error("timezone = {} is not a time zone; Asia/Shanghai applies", config.timezone());
            zone = ZoneId.of("Asia/Shanghai");
        }
    }

    // discovery and services

    Map<String, Object> discovery(String endpointUrl) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", endpointUrl);
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", new Items("format", List.of("text/xml", "application/json")));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", CHANGESET);
        d.put("contact", contact);
        d.put("key_service", keyService);
        d.put("endpoints", new Items("endpoint", List.of(endpoint)));
        return d;
    }

    private record Service(Board board, Category category) {
        String code() {
            return board.id() + "-" + category.code();
        }

        List<IntakeField> fields() {
            List<IntakeField> all = new ArrayList<>(board.fields());
            all.addAll(category.fields());
            return all;
        }
    }

    /** Public boards only: a confidential board's categories are no services. */
    private List<Board> publicBoards() {
        return boards.boards().stream().filter(b -> b.visibility() == Visibility.PUBLIC).toList();
    }

    private List<Service> allServices() {
        List<Service> all = new ArrayList<>();
        for (Board b : publicBoards()) {
            b.categories().forEach(c -> all.add(new Service(b, c)));
        }
        return all;
    }

    private Optional<Service> service(String code) {
        return allServices().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    Items services(String jurisdictionId) {
        checkJurisdiction(jurisdictionId);
        return new Items("service", allServices().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_code", s.code());
            m.put("service_name", s.category().name().zh());
            m.put("description", s.board().name().zh() + "：" + s.category().name().zh() + " / "
                    + s.board().name().en() + ": " + s.category().name().en());
            m.put("metadata", !s.fields().isEmpty());
            m.put("type", "realtime");
            m.put("keywords", s.board().id() + ", " + s.category().code());
            m.put("group", s.board().name().zh());
            return m;
        }).toList());
    }

    Map<String, Object> definition(String code, String jurisdictionId) {
        checkJurisdiction(jurisdictionId);
        Service s = service(code).orElseThrow(() -> new Open311Error(404, "service_code " + code + " not found"));
        List<Map<String, Object>> attributes = new ArrayList<>();
        int order = 1;
        for (IntakeField f : s.fields()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("variable", true);
            a.put("code", f.code());
            a.put("datatype", f.type().code());
            a.put("required", f.required());
            a.put("datatype_description", datatypeDescription(f));
            a.put("order", order++);
            a.put("description", f.label().zh() + " / " + f.label().en());
            if (!f.allowedValues().isEmpty()) {
                a.put("values", new Items("value", f.allowedValues().stream().map(Open311Service::value).toList()));
            }
            attributes.add(a);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("service_code", s.code());
        d.put("attributes", new Items("attribute", attributes));
        return d;
    }

    private static Map<String, Object> value(AllowedValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", v.code());
        m.put("name", v.label().zh() + " / " + v.label().en());
        return m;
    }

    private static String datatypeDescription(IntakeField f) {
        return switch (f.type()) {
            case DATETIME -> "ISO 8601, e.g. 2026-11-26T08:30:00+08:00";
            case NUMBER -> "a number";
            case STRING, TEXT -> "at most " + f.maxLength() + " characters";
            case MULTIVALUELIST -> "one or more keys: attribute[" + f.code() + "][]=key";
            case SINGLEVALUELIST -> "one key";
        };
    }

    // creating requests

    Items create(MultivaluedMap<String, String> form) {
        String apiKey = form.getFirst("api_key");
        ApiKey key = keys.authenticate(apiKey, PURPOSE).orElseThrow(() -> new Open311Error(403,
                apiKey == null || apiKey.isBlank() ? "api_key is required to create a service request"
                        : "api_key is not valid"));
        checkJurisdiction(form.getFirst("jurisdiction_id"));
        String code = form.getFirst("service_code");
        if (code == null || code.isBlank()) {
            throw new Open311Error(400, "service_code is required");
        }
        Service s = service(code.strip()).orElseThrow(() -> new Open311Error(400, "service_code " + code
                + " not found"));
        Double lat = coordinate(form, "lat", 90);
        Double lon = coordinate(form, "long", 180);
        String addressString = limited(form, "address_string", 200);
        String addressId = limited(form, "address_id", 100);
        if ((lat == null || lon == null) && addressString == null && addressId == null) {
            throw new Open311Error(400, "a location is required: lat and long, address_string or address_id");
        }
        String description = limited(form, "description", 4000);
        if (description == null) {
            throw new Open311Error(400, "description is required");
        }
        String place = addressString != null ? addressString : addressId != null ? addressId : lat + "," + lon;
        Map<String, Object> fields = attributes(form, s, place);
        String name = String.join(" ", Optional.ofNullable(limited(form, "first_name", 50)).orElse(""),
                Optional.ofNullable(limited(form, "last_name", 50)).orElse("")).strip();
        Contact requester = new Contact(name.isEmpty() ? null : name, limited(form, "phone", 30),
                limited(form, "email", 100));
        Account client = identity.account(key.accountId()).orElseThrow(() -> new IllegalStateException(
                "the account of API key " + key.id() + " is gone"));
        String title = s.category().name().zh() + "：" + (description.length() > 40
                ? description.substring(0, 40) + "…" : description);
        Ticket ticket;
        try {
            ticket = tickets.submit(client, new NewTicket(s.board().id(), s.category().code(), title, description,
                    fields, null), requester);
        } catch (FengqiaoException e) {
            throw new Open311Error(400, problemsOf(e));
        }
        byte[] raw = new byte[16];
        random.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        db.inTransaction(em -> {
            em.persist(new Open311RequestEntity(ticket.id(), token, key.id(), lat, lon, addressString, addressId,
                    limited(form, "device_id", 100), limited(form, "account_id", 100),
                    limited(form, "media_url", 500), Instant.now()));
            return null;
        });
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", String.valueOf(ticket.id()));
        r.put("token", token);
        r.put("service_notice", "已受理，处理时限见 expected_datetime / Received; see expected_datetime");
        r.put("account_id", limited(form, "account_id", 100));
        return new Items("request", List.of(r));
    }

    private static String problemsOf(FengqiaoException e) {
        if (e.problems().isEmpty()) {
            return e.getMessage();
        }
        return e.problems().stream().map(p -> (p.field().startsWith("fields.")
                ? "attribute[" + p.field().substring("fields.".length()) + "]" : p.field()) + ": " + p.message())
                .collect(Collectors.joining("; "));
    }

    /** {@code attribute[code]=v} and {@code attribute[code][]=v}, typed as the service's fields are. */
    private static Map<String, Object> attributes(MultivaluedMap<String, String> form, Service s, String place) {
        Map<String, IntakeField> byCode = s.fields().stream()
                .collect(Collectors.toMap(IntakeField::code, Function.identity()));
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith("attribute[")) {
                continue;
            }
            String code = key.substring("attribute[".length(), key.indexOf(']') < 0 ? key.length() : key.indexOf(']'));
            IntakeField field = byCode.get(code);
            if (field == null) {
                throw new Open311Error(400, "attribute[" + code + "] is not an attribute of service " + s.code());
            }
            List<String> given = e.getValue();
            values.put(code, switch (field.type()) {
                case MULTIVALUELIST -> given.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                        .toList();
                case NUMBER -> number(code, given.get(0));
                default -> given.get(0);
            });
        }
        // a board that asks where gets the request's location
        for (String where : List.of("address", "location")) {
            if (byCode.containsKey(where) && byCode.get(where).type() == FieldType.STRING) {
                values.putIfAbsent(where, place);
            }
        }
        return values;
    }

    private static Object number(String code, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new Open311Error(400, "attribute[" + code + "] must be a number");
        }
    }

    private static Double coordinate(MultivaluedMap<String, String> form, String name, double limit) {
        String text = form.getFirst(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Math.abs(value) <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Open311Error(400, name + " must be a number from -" + (int) limit + " to " + (int) limit);
    }

    private static String limited(MultivaluedMap<String, String> form, String name, int max) {
        String text = form.getFirst(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new Open311Error(400, name + " is longer than " + max + " characters");
        }
        return text.strip();
    }

    // reading requests

    Items requests(String ids, String serviceCodes, String startDate, String endDate, String status,
            String jurisdictionId) {
        checkJurisdiction(jurisdictionId);
        List<String> publicBoards = publicBoards().stream().map(Board::id).toList();
        if (ids != null && !ids.isBlank()) {
            // the standard: with service_request_id, the other parameters are ignored
            List<Long> wanted = new ArrayList<>();
            for (String id : ids.split(",")) {
                try {
                    wanted.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    throw new Open311Error(400, "service_request_id must be numbers separated by commas");
                }
            }
            List<Ticket> found = tickets.search(new TicketSearch(wanted, publicBoards, List.of(), null, null,
                    List.of(), MAX_REQUESTS));
            return requestItems(found, true);
        }
        Instant[] window = window(startDate, endDate);
        List<String> categories = new ArrayList<>();
        if (serviceCodes != null && !serviceCodes.isBlank()) {
            for (String code : serviceCodes.split(",")) {
                Service s = service(code.strip()).orElseThrow(() -> new Open311Error(400, "service_code "
                        + code.strip() + " not found"));
                categories.add(s.board().id() + "/" + s.category().code());
            }
        }
        List<TicketState> states = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            for (String s : status.split(",")) {
                switch (s.strip()) {
                    case "open" -> states.addAll(OPEN);
                    case "closed" -> states.addAll(CLOSED);
                    default -> throw new Open311Error(400, "status must be open or closed");
                }
            }
        }
        List<Ticket> found = tickets.search(new TicketSearch(List.of(), publicBoards, categories, window[0],
                window[1], states, MAX_REQUESTS));
        return requestItems(found, false);
    }

    Items request(String id, String jurisdictionId) {
        checkJurisdiction(jurisdictionId);
        long ticketId;
        try {
            ticketId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new Open311Error(404, "service request " + id + " not found");
        }
        List<Ticket> found = tickets.search(new TicketSearch(List.of(ticketId),
                publicBoards().stream().map(Board::id).toList(), List.of(), null, null, List.of(), 1));
        if (found.isEmpty()) {
            throw new Open311Error(404, "service request " + id + " not found");
        }
        return requestItems(found, true);
    }

    Items token(String token, String jurisdictionId) {
        checkJurisdiction(jurisdictionId);
        Open311RequestEntity r = db.inTransaction(em -> em.createQuery("SELECT r FROM Open311RequestEntity r"
                + " WHERE r.token = :t", Open311RequestEntity.class).setParameter("t", token).getResultList().stream()
                .findFirst()).orElseThrow(() -> new Open311Error(404, "token " + token + " not found"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", String.valueOf(r.ticketId()));
        m.put("token", r.token());
        return new Items("request", List.of(m));
    }

    Items updates(String startDate, String endDate, String jurisdictionId) {
        checkJurisdiction(jurisdictionId);
        Instant[] window = window(startDate, endDate);
        List<TicketUpdate> updates = tickets.updates(publicBoards().stream().map(Board::id).toList(), window[0],
                window[1], MAX_REQUESTS);
        return new Items("request_update", updates.stream().map(u -> {
            TimelineEntry e = u.entry();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("update_id", e.id());
            m.put("service_request_id", String.valueOf(e.ticketId()));
            m.put("status", status(u.stateAfter()));
            m.put("updated_datetime", datetime(e.at()));
            m.put("description", describe(e));
            m.put("media_url", null);
            return m;
        }).toList());
    }

    private static String describe(TimelineEntry e) {
        String what = TimelineEntry.Kind.TRANSITION.equals(e.kind()) && e.toState() != null
                ? e.action().code() + " → " + e.toState().code() : e.kind().code();
        return e.body() == null || e.body().isBlank() ? what : what + ": " + PersonalData.mask(e.body());
    }

    /** The standard's window: at most 90 days; without dates the last 90 days. */
    private Instant[] window(String startDate, String endDate) {
        Instant start = date("start_date", startDate);
        Instant end = date("end_date", endDate);
        if (start == null && end == null) {
            end = Instant.now();
            start = end.minus(WINDOW);
        } else if (start == null) {
            start = end.minus(WINDOW);
        } else if (end == null) {
            end = start.plus(WINDOW);
        }
        if (!end.isAfter(start)) {
            throw new Open311Error(400, "end_date must be after start_date");
        }
        if (Duration.between(start, end).compareTo(WINDOW) > 0) {
            throw new Open311Error(400, "start_date and end_date may not span more than 90 days");
        }
        return new Instant[] { start, end };
    }

    /** Dates a query may name: the range every supported database stores. */
    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 2999;

    private static Instant date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        OffsetDateTime date;
        try {
            date = OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, name + " must be ISO 8601 with a time zone, e.g. 2026-11-01T00:00:00+08:00");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new Open311Error(400, name + " must lie between the years " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return date.toInstant();
    }

    /** Many requests with two queries: the Open311 details of all of them at once, and each unit's name once. */
    private Items requestItems(List<Ticket> found, boolean withNotes) {
        Map<Long, Open311RequestEntity> extras = new java.util.HashMap<>();
        if (!found.isEmpty()) {
            db.inTransaction(em -> em.createQuery("SELECT r FROM Open311RequestEntity r WHERE r.ticketId IN :ids",
                    Open311RequestEntity.class).setParameter("ids", found.stream().map(Ticket::id).toList())
                    .getResultList()).forEach(r -> extras.put(r.ticketId(), r));
        }
        Map<String, String> unitNames = new java.util.HashMap<>();
        Function<String, String> unitName = code -> code == null ? null : unitNames.computeIfAbsent(code,
                c -> identity.unit(c).map(OrgUnit::nameZh).orElse(c));
        return new Items("request", found.stream()
                .map(t -> request(t, extras.get(t.id()), unitName, withNotes)).toList());
    }

    private Map<String, Object> request(Ticket t, Open311RequestEntity extra, Function<String, String> unitName,
            boolean withNotes) {
        Board board = boards.board(t.boardId()).orElseThrow();
        Optional<Category> category = board.category(t.category());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", String.valueOf(t.id()));
        m.put("status", status(t.state()));
        m.put("status_notes", statusNotes(t, withNotes));
        m.put("service_name", category.map(c -> c.name().zh()).orElse(t.category()));
        m.put("service_code", t.boardId() + "-" + t.category());
        m.put("description", t.hidden() != null ? "已屏蔽 Hidden: " + t.hidden().reason()
                : PersonalData.mask(t.body()));
        m.put("agency_responsible", unitName.apply(t.unitCode()));
        m.put("service_notice", null);
        m.put("requested_datetime", datetime(t.createdAt()));
        m.put("updated_datetime", datetime(t.updatedAt()));
        m.put("expected_datetime", datetime(t.deadlines().resolutionDue()));
        String address = extra != null && extra.addressString() != null ? extra.addressString()
                : fieldText(t, "address").or(() -> fieldText(t, "location")).orElse(null);
        m.put("address", address == null || t.hidden() != null ? null : PersonalData.mask(address));
        m.put("address_id", extra == null ? null : extra.addressId());
        m.put("zipcode", null);
        m.put("lat", extra == null ? null : extra.lat());
        m.put("long", extra == null ? null : extra.lon());
        m.put("media_url", extra == null ? null : extra.mediaUrl());
        return m;
    }

    private static Optional<String> fieldText(Ticket t, String field) {
        return t.fields().get(field) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    /** The reason of a rejection, else (for single requests) the latest public note of staff or department. */
    private String statusNotes(Ticket t, boolean fromTimeline) {
        if (t.rejectReason() != null) {
            return PersonalData.mask(t.rejectReason());
        }
        if (!fromTimeline) {
            return null;
        }
        List<TimelineEntry> timeline = tickets.ticket(t.id()).timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry e = timeline.get(i);
            boolean note = e.body() != null && !e.body().isBlank() && (e.actorStaff() || e.actorId() == 0)
                    && !TimelineEntry.Kind.CREATED.equals(e.kind());
            if (note) {
                return PersonalData.mask(e.body());
            }
        }
        return null;
    }

    private static String status(TicketState state) {
        return CLOSED.contains(state) ? "closed" : "open";
    }

    private String datetime(Instant at) {
        return at == null ? null
                : at.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private void checkJurisdiction(String jurisdictionId) {
        if (jurisdictionId != null && !jurisdictionId.isBlank() && !jurisdictionId.strip().equals(jurisdiction)) {
            throw new Open311Error(404, "jurisdiction_id " + jurisdictionId + " not found");
        }
    }
}
