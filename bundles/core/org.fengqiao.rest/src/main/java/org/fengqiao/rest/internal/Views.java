package org.fengqiao.rest.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.board.api.AllowedValue;
import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.Role;
import org.fengqiao.platform.api.PersonalData;
import org.fengqiao.rest.api.UnitRef;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.fengqiao.ticketing.api.Rating;
import org.fengqiao.ticketing.api.Statement;
import org.fengqiao.ticketing.api.Supervision;
import org.fengqiao.ticketing.api.TicketDeadlines;
import org.fengqiao.ticketing.api.Ticket;
import org.fengqiao.ticketing.api.TicketDetails;
import org.fengqiao.ticketing.api.TimelineEntry;
import org.fengqiao.ticketing.api.TimelineVocabulary;

/** The JSON shapes of the API. Public views never carry private data (a citizen's phone, a password hash). */
final class Views {

    private Views() {
    }

    record AccountView(long id, String username, String displayName, String phone, List<String> roles,
            StaffView staff, Instant createdAt) {
        static AccountView of(Account a, IdentityService identity) {
            return new AccountView(a.id(), a.username(), a.displayName(), a.phone(), roleCodes(a),
                    a.isStaff() ? StaffView.of(a, identity) : null, a.createdAt());
        }
    }

    /** A real-name staff member, as the public directory shows them. */
    record StaffView(long id, String fullName, String staffNumber, String title, UnitRef unit, String publicPhone,
            List<String> roles) {
        static StaffView of(Account a, IdentityService identity) {
            return new StaffView(a.id(), a.staff().fullName(), a.staff().staffNumber(), a.staff().title(),
                    UnitRef.of(a.staff().unitCode(), identity), a.staff().publicPhone(), roleCodes(a));
        }
    }

    record UnitView(String code, String kind, String nameZh, String nameEn, List<UnitView> children) {
        static List<UnitView> tree(List<OrgUnit> units, String parent) {
            return units.stream().filter(u -> parent == null ? u.parentCode() == null : parent.equals(u.parentCode()))
                    .map(u -> new UnitView(u.code(), u.kind().code(), u.nameZh(), u.nameEn(), tree(units, u.code())))
                    .toList();
        }
    }

    record ChoiceView(String code, LocalizedText label) {
    }

    record FieldView(String code, LocalizedText label, String type, boolean required, Integer maxLength,
            List<ChoiceView> allowedValues) {
        static FieldView of(IntakeField f) {
            return new FieldView(f.code(), f.label(), f.type().code(), f.required(),
                    f.maxLength() > 0 ? f.maxLength() : null,
                    f.allowedValues().stream().map((AllowedValue v) -> new ChoiceView(v.code(), v.label())).toList());
        }
    }

    record CategoryView(String code, LocalizedText name, long firstResponseMinutes, long resolutionMinutes,
            List<FieldView> fields) {
        static CategoryView of(Category c) {
            return new CategoryView(c.code(), c.name(), c.firstResponse().toMinutes(), c.resolution().toMinutes(),
                    c.fields().stream().map(FieldView::of).toList());
        }
    }

    /** @param version the version of the plugin that serves the board */
    record BoardView(String id, LocalizedText name, LocalizedText description, String visibility,
            boolean citizensMayReply, List<String> answeringRoles, List<String> complaintCategories,
            List<String> emergencyCategories, List<CategoryView> categories, List<FieldView> fields, String version) {
        static BoardView of(BoardRegistry.Registration registration) {
            Board b = registration.board();
            return new BoardView(b.id(), b.name(), b.description(), b.visibility().name().toLowerCase(Locale.ROOT),
                    b.citizensMayReply(), b.answeringRoles().stream().sorted().toList(),
                    b.complaintCategories().stream().sorted().toList(),
                    b.emergencyCategories().stream().sorted().toList(),
                    b.categories().stream().map(CategoryView::of).toList(),
                    b.fields().stream().map(FieldView::of).toList(), registration.version());
        }
    }

    /** @param badge the answering role shown with a reply (lawyer, deputy), if any */
    record PersonRef(long id, String name, boolean staff, String title, UnitRef unit, String badge) {
    }

    /** @param statement the official statement pinned on the post, shown first */
    record TicketView(long id, String boardId, String category, Statement statement, boolean emergency, String title,
            String body, Map<String, Object> fields,
            PersonRef author, PersonRef addressee, UnitRef unit, PersonRef assignee, String state, int version,
            Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt,
            Rating rating, String rejectReason, HiddenView hidden, TicketDeadlines deadlines, boolean overdue,
            Long responseSeconds, Long resolutionSeconds, Supervision supervision) {
    }

    record HiddenView(String reason, Instant at) {
    }

    /** @param label the step's words, from ticketing or from the module that recorded it */
    record TimelineView(long id, String kind, LocalizedText label, String action, String fromState, String toState,
            String body, PersonRef actor, Instant at) {
        static TimelineView of(TimelineEntry e, TimelineVocabulary vocabulary, People people, boolean privileged) {
            return new TimelineView(e.id(), e.kind().code(), vocabulary.describe(e.kind()).label(),
                    e.action() == null ? null : e.action().code(),
                    e.fromState() == null ? null : e.fromState().code(),
                    e.toState() == null ? null : e.toState().code(),
                    privileged ? e.body() : PersonalData.mask(e.body()),
                    new PersonRef(e.actorId(), e.actorName(), e.actorStaff(), null,
                            people.unit(e.actorUnitCode()), e.actorBadge()),
                    e.at());
        }
    }

    /** @param contact how to reach the person behind a request from another system; staff and author only */
    record TicketWithTimeline(TicketView ticket, org.fengqiao.ticketing.api.Contact contact,
            List<TimelineView> timeline) {
    }

    /**
     * A page of a list: {@code total} is exact when {@code totalExact}, otherwise a lower bound; {@code next} goes
     * back as {@code after=} for the following page ({@code null} on the last one).
     */
    record PageView<T>(List<T> items, int page, int size, long total, boolean totalExact, String next) {

        /** A page of tickets as this viewer sees them, with every person on it read at once. */
        static PageView<TicketView> of(org.fengqiao.ticketing.api.Page<Ticket> page, People people) {
            people.readAll(page.items());
            return new PageView<>(page.items().stream().map(people::ticket).toList(), page.page(), page.size(),
                    page.total(), page.totalExact(), page.next());
        }
    }

    /**
     * Looks people and units up once per request, and shows each ticket as this viewer may see it: the author and
     * staff read the full text; everyone else reads it with personal data masked, and a hidden post only as its
     * reason.
     */
    static final class People {
        private final IdentityService identity;
        private final Account viewer;
        private final Map<Long, Optional<Account>> accounts = new HashMap<>();
        private final Map<String, UnitRef> units = new HashMap<>();

        People(IdentityService identity, Account viewer) {
            this.identity = identity;
            this.viewer = viewer;
        }

        /** Reads the authors, addressees and assignees of these tickets in one go. */
        void readAll(List<Ticket> tickets) {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (Ticket t : tickets) {
                ids.add(t.authorId());
                ids.add(t.addresseeId());
                ids.add(t.assigneeId());
            }
            ids.remove(null);
            ids.removeAll(accounts.keySet());
            Map<Long, Account> found = identity.accounts(ids);
            ids.forEach(id -> accounts.put(id, Optional.ofNullable(found.get(id))));
        }

        boolean privileged(Ticket t) {
            return viewer != null && (viewer.isStaff() || viewer.id() == t.authorId());
        }

        PersonRef person(Long id) {
            if (id == null) {
                return null;
            }
            return accounts.computeIfAbsent(id, identity::account)
                    .map(a -> new PersonRef(a.id(), a.publicName(), a.isStaff(),
                            a.isStaff() ? a.staff().title() : null, a.isStaff() ? unit(a.staff().unitCode()) : null,
                            null))
                    .orElse(null);
        }

        UnitRef unit(String code) {
            return code == null ? null : units.computeIfAbsent(code, c -> UnitRef.of(c, identity));
        }

        TicketView ticket(Ticket t) {
            boolean full = privileged(t);
            String title = t.title();
            String body = t.body();
            Map<String, Object> fields = t.fields();
            if (!full && t.hidden() != null) {
                title = null;
                body = null;
                fields = Map.of();
            } else if (!full) {
                title = PersonalData.mask(title);
                body = PersonalData.mask(body);
                fields = maskFields(fields);
            }
            return new TicketView(t.id(), t.boardId(), t.category(), t.statement(), t.emergency(), title, body, fields,
                    person(t.authorId()), person(t.addresseeId()), unit(t.unitCode()), person(t.assigneeId()),
                    t.state().code(), t.version(), t.createdAt(), t.updatedAt(), t.firstResponseAt(), t.resolvedAt(),
                    t.closedAt(), t.rating(), t.rejectReason(),
                    t.hidden() == null ? null : new HiddenView(t.hidden().reason(), t.hidden().at()),
                    t.deadlines(), t.isOverdue(Instant.now()), seconds(t.createdAt(), t.firstResponseAt()),
                    seconds(t.createdAt(), t.resolvedAt()), t.supervision());
        }

        private static Long seconds(Instant from, Instant to) {
            return to == null ? null : java.time.Duration.between(from, to).toSeconds();
        }

        TicketWithTimeline details(TicketDetails d, org.fengqiao.ticketing.api.Contact contact,
                TimelineVocabulary vocabulary) {
            boolean full = privileged(d.ticket());
            readAll(List.of(d.ticket()));
            return new TicketWithTimeline(ticket(d.ticket()), full ? contact : null,
                    d.timeline().stream().map(e -> TimelineView.of(e, vocabulary, this, full)).toList());
        }

        private static Map<String, Object> maskFields(Map<String, Object> fields) {
            Map<String, Object> masked = new LinkedHashMap<>();
            fields.forEach((k, v) -> masked.put(k, v instanceof String s ? PersonalData.mask(s) : v));
            return masked;
        }
    }

    static List<String> roleCodes(Account a) {
        return a.roles().stream().map(Role::code).sorted().toList();
    }
}
