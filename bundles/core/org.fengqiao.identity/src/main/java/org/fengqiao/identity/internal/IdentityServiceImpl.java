package org.fengqiao.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.persistence.TypedQuery;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrgUnit;
import org.fengqiao.identity.api.Registration;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.Session;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.identity.api.StaffQuery;
import org.fengqiao.identity.api.StaffRegistration;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@Component(service = IdentityService.class, configurationPid = IdentityServiceImpl.PID)
@Designate(ocd = IdentityServiceImpl.Config.class)
public class IdentityServiceImpl implements IdentityService {

    static final String PID = "org.fengqiao.identity";

    @ObjectClassDefinition(name = "Fengqiao identity", description = "Sessions and password hashing")
    public @interface Config {
        @AttributeDefinition(description = "Lifetime of a login token, in hours")
        int session_hours() default 12;

        @AttributeDefinition(description = "bcrypt cost factor (2^cost rounds); 12 takes about a quarter second")
        int password_cost() default 12;

        @AttributeDefinition(description = "Passwords hashed or checked at once (at most); more wait, up to 10 s,"
                + " then get 429: keeps a burst of logins from taking every core")
        int password_concurrency() default 2;
    }

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");

    private final IdentityDatabase db;
    private final ActiveUnits activeUnits;
    private final SecureRandom random = new SecureRandom();
    private volatile PasswordHasher hasher;
    private volatile Duration sessionLifetime;
    private volatile int currentCost;
    private volatile int currentConcurrency;

    private final MemberCounter members;

    @Activate
    public IdentityServiceImpl(@Reference IdentityDatabase db, @Reference ActiveUnits activeUnits, Config config) {
        this.db = db;
        this.activeUnits = activeUnits;
        this.members = new MemberCounter(db);
        modified(config);
    }

    @Modified
    void modified(Config config) {
        if (hasher == null || config.password_cost() != currentCost
                || config.password_concurrency() != currentConcurrency) {
            hasher = new PasswordHasher(config.password_cost(), config.password_concurrency());
            currentCost = config.password_cost();
            currentConcurrency = config.password_concurrency();
        }
        sessionLifetime = Duration.ofHours(Math.max(1, config.session_hours()));
    }

    @Override
    public Account register(Registration r) {
        Problems problems = new Problems();
        checkCredentials(problems, r.username(), r.password());
        problems.text("displayName", r.displayName(), true, 100);
        problems.pattern("phone", r.phone(), PHONE, "a phone number of digits");
        problems.throwIfAny();
        return insert(r.username(), r.password(), r.displayName().strip(), blankToNull(r.phone()), Set.of(Role.CITIZEN),
                null);
    }

    @Override
    public Account createStaff(StaffRegistration r) {
        Problems problems = new Problems();
        checkCredentials(problems, r.username(), r.password());
        StaffProfile p = r.profile();
        if (p == null) {
            problems.add("profile", "required", "a staff account needs its real-name profile");
        } else {
            problems.text("fullName", p.fullName(), true, 100);
            problems.text("staffNumber", p.staffNumber(), true, 32);
            problems.text("title", p.title(), false, 100);
            problems.pattern("publicPhone", p.publicPhone(), PHONE, "a phone number of digits");
            if (p.unitCode() == null || unit(p.unitCode()).isEmpty()) {
                problems.add("unit", "unknown_unit", "unit '" + p.unitCode() + "' is not in the organisation tree");
            }
        }
        if (r.roles().isEmpty()) {
            problems.add("roles", "required", "a staff account needs at least one staff role");
        }
        r.roles().stream().filter(role -> !role.isStaff()).forEach(role -> problems.add("roles", "not_a_staff_role",
                role.code() + " is not a staff role"));
        problems.throwIfAny();
        StaffProfile clean = new StaffProfile(p.fullName().strip(), p.staffNumber().strip(), p.unitCode(),
                blankToNull(p.title()), blankToNull(p.publicPhone()));
        return insert(r.username(), r.password(), clean.fullName(), null, r.roles(), clean);
    }

    private static void checkCredentials(Problems problems, String username, String password) {
        problems.text("username", username, true, 64);
        problems.pattern("username", username, USERNAME,
                "3 to 64 lower-case letters, digits, dots, dashes or underscores");
        if (password == null || password.length() < 8) {
            problems.add("password", "too_short", "password must have at least 8 characters");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAX_PASSWORD_BYTES) {
            problems.add("password", "too_long", "password must have at most 72 bytes");
        }
    }

    private Account insert(String username, String password, String displayName, String phone, Set<Role> roles,
            StaffProfile profile) {
        String hash = hasher.hash(password);
        Instant now = Instant.now();
        boolean citizen = roles.contains(Role.CITIZEN);
        if (citizen) {
            members.prepare(now);
        }
        return db.inTransaction(em -> {
            if (findByUsername(em, username).isPresent()) {
                throw new FengqiaoException(ErrorKind.CONFLICT, "username_taken",
                        "username '" + username + "' is already taken");
            }
            AccountEntity entity = new AccountEntity(username, hash, displayName, phone, roles, profile, now);
            em.persist(entity);
            em.flush();
            if (citizen) {
                MemberCounter.count(em, now);
            }
            return entity.toAccount();
        });
    }

    private static Optional<AccountEntity> findByUsername(javax.persistence.EntityManager em, String username) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.username = :u", AccountEntity.class)
                .setParameter("u", username).getResultList().stream().findFirst();
    }

    @Override
    public Session login(String username, String password) {
        Optional<AccountEntity> found = username == null ? Optional.empty()
                : db.read(em -> findByUsername(em, username.strip().toLowerCase(Locale.ROOT)));
        boolean ok = hasher.matches(password, found.map(AccountEntity::passwordHash).orElse(null));
        if (!ok) {
            throw new FengqiaoException(ErrorKind.UNAUTHORIZED, "invalid_credentials",
                    "unknown username or wrong password");
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = Instant.now();
        Instant expires = now.plus(sessionLifetime);
        AccountEntity account = found.get();
        db.inTransaction(em -> {
            em.createNativeQuery("DELETE FROM FQ_SESSION WHERE EXPIRES_AT < ?").setParameter(1, Timestamp.from(now))
                    .executeUpdate();
            em.persist(new SessionEntity(TokenHash.of(token), account.id(), now, expires));
            return null;
        });
        return new Session(token, expires, account.toAccount());
    }

    @Override
    public void changePassword(long accountId, String currentPassword, String newPassword, String keepToken) {
        Problems problems = new Problems();
        if (newPassword == null || newPassword.length() < 8) {
            problems.add("newPassword", "too_short", "the new password must have at least 8 characters");
        } else if (newPassword.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAX_PASSWORD_BYTES) {
            problems.add("newPassword", "too_long", "the new password must have at most 72 bytes");
        }
        problems.throwIfAny();
        AccountEntity account = db.read(em -> em.find(AccountEntity.class, accountId));
        if (account == null || !hasher.matches(currentPassword, account.passwordHash())) {
            throw new FengqiaoException(ErrorKind.UNAUTHORIZED, "invalid_credentials", "the current password is wrong");
        }
        String hash = hasher.hash(newPassword);
        db.inTransaction(em -> {
            em.find(AccountEntity.class, accountId).passwordHash(hash);
            return SessionServiceImpl.endOthers(em, accountId, keepToken);
        });
    }

    @Override
    public Optional<Account> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return db.read(em -> {
            SessionEntity session = em.find(SessionEntity.class, TokenHash.of(token));
            if (session == null || session.expiresAt().isBefore(Instant.now())) {
                return Optional.empty();
            }
            return Optional.ofNullable(em.find(AccountEntity.class, session.accountId()))
                    .map(AccountEntity::toAccount);
        });
    }

    @Override
    public long changeCount() {
        return db.writes() + activeUnits.replacements();
    }

    @Override
    public Optional<Account> account(long id) {
        return db.read(em -> Optional.ofNullable(em.find(AccountEntity.class, id))
                .map(AccountEntity::toAccount));
    }

    @Override
    public Map<Long, Account> accounts(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return db.read(em -> em.createQuery("SELECT a FROM AccountEntity a WHERE a.id IN :ids",
                AccountEntity.class).setParameter("ids", wanted).getResultList().stream().map(AccountEntity::toAccount)
                .collect(Collectors.toMap(Account::id, a -> a)));
    }

    @Override
    public Optional<Account> accountByUsername(String username) {
        return db.read(em -> findByUsername(em, username).map(AccountEntity::toAccount));
    }

    @Override
    public List<Account> staffDirectory(StaffQuery q) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AccountEntity a WHERE a.staff = TRUE");
        if (q.text() != null && !q.text().isBlank()) {
            jpql.append(" AND (LOWER(a.fullName) LIKE :text OR LOWER(a.staffNumber) LIKE :text"
                    + " OR LOWER(a.title) LIKE :text)");
        }
        if (q.unitCode() != null) {
            jpql.append(" AND a.unitCode IN :units");
        }
        if (q.role() != null) {
            jpql.append(" AND a.roleCodes LIKE :role");
        }
        jpql.append(" ORDER BY a.fullName, a.id");
        List<String> units = q.unitCode() == null ? List.of() : unitAndDescendants(q.unitCode());
        return db.read(em -> {
            TypedQuery<AccountEntity> query = em.createQuery(jpql.toString(), AccountEntity.class);
            if (q.text() != null && !q.text().isBlank()) {
                query.setParameter("text", "%" + q.text().strip().toLowerCase(Locale.ROOT) + "%");
            }
            if (q.unitCode() != null) {
                query.setParameter("units", units);
            }
            if (q.role() != null) {
                query.setParameter("role", AccountEntity.roleCodePattern(q.role()));
            }
            query.setFirstResult(q.page() * q.size()).setMaxResults(q.size());
            return query.getResultList().stream().map(AccountEntity::toAccount).toList();
        });
    }

    @Override
    public long countCitizens(Instant from, Instant to) {
        return db.read(em -> MemberCounter.joined(em, from, to));
    }

    @Override
    public List<OrgUnit> units() {
        if (activeUnits.loaded()) {
            return activeUnits.all();
        }
        return db.read(em -> em
                .createQuery("SELECT u FROM OrgUnitEntity u WHERE u.active = TRUE ORDER BY u.code", OrgUnitEntity.class)
                .getResultList().stream().map(OrgUnitEntity::toUnit).toList());
    }

    @Override
    public Optional<OrgUnit> unit(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (activeUnits.loaded()) {
            return activeUnits.find(code);
        }
        return db.read(em -> Optional.ofNullable(em.find(OrgUnitEntity.class, code))
                .filter(OrgUnitEntity::isActive).map(OrgUnitEntity::toUnit));
    }

    @Override
    public List<String> unitAndDescendants(String code) {
        List<OrgUnit> all = units();
        List<String> result = new ArrayList<>();
        if (all.stream().noneMatch(u -> u.code().equals(code))) {
            return List.of(code);
        }
        Map<String, List<String>> children = new HashMap<>();
        all.stream().filter(u -> u.parentCode() != null).forEach(u -> children.computeIfAbsent(u.parentCode(),
                p -> new ArrayList<>()).add(u.code()));
        collect(code, children, result);
        return result;
    }

    private static void collect(String code, Map<String, List<String>> children, List<String> into) {
        into.add(code);
        children.getOrDefault(code, List.of()).forEach(child -> collect(child, children, into));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
