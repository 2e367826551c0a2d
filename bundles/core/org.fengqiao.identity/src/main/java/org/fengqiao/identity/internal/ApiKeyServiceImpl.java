package org.fengqiao.identity.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.fengqiao.identity.api.ApiKey;
import org.fengqiao.identity.api.ApiKeyService;
import org.fengqiao.identity.api.IssuedApiKey;
import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** API keys: 256 random bits shown once, stored as SHA-256 like bearer tokens. */
@Component(service = ApiKeyService.class)
public class ApiKeyServiceImpl implements ApiKeyService {

    /** Client accounts are named {@code api.<name>}, apart from every person's username. */
    static final String ACCOUNT_PREFIX = "api.";
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,40}");

    private final IdentityDatabase db;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public ApiKeyServiceImpl(@Reference IdentityDatabase db) {
        this.db = db;
    }

    @Override
    public IssuedApiKey create(String name, String clientName, String purpose) {
        Problems problems = new Problems();
        problems.pattern("name", name, CODE, "2 to 41 lower-case letters, digits or dashes");
        problems.text("name", name, true, 41);
        problems.text("clientName", clientName, true, 100);
        problems.pattern("purpose", purpose, CODE, "a lower-case code such as open311 or hotline");
        problems.text("purpose", purpose, true, 41);
        problems.throwIfAny();
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = Instant.now();
        return db.inTransaction(em -> {
            AccountEntity account = clientAccount(em, name, clientName.strip(), now);
            ApiKeyEntity key = new ApiKeyEntity(name, purpose, TokenHash.of(secret), account.id(), now);
            em.persist(key);
            em.flush();
            return new IssuedApiKey(key.toKey(account.toAccount().displayName()), secret);
        });
    }

    private static AccountEntity clientAccount(EntityManager em, String name, String clientName, Instant now) {
        String username = ACCOUNT_PREFIX + name;
        List<AccountEntity> found = em.createQuery("SELECT a FROM AccountEntity a WHERE a.username = :u",
                AccountEntity.class).setParameter("u", username).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        AccountEntity account = new AccountEntity(username, PasswordHasher.NO_LOGIN, clientName, null, Set.of(),
                null, now);
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public List<ApiKey> list(String purpose) {
        return db.inTransaction(em -> {
            javax.persistence.TypedQuery<ApiKeyEntity> query = purpose == null
                    ? em.createQuery("SELECT k FROM ApiKeyEntity k ORDER BY k.id DESC", ApiKeyEntity.class)
                    : em.createQuery("SELECT k FROM ApiKeyEntity k WHERE k.purpose = :purpose ORDER BY k.id DESC",
                            ApiKeyEntity.class).setParameter("purpose", purpose);
            return query.getResultList().stream().map(k -> k.toKey(clientName(em, k))).toList();
        });
    }

    @Override
    public ApiKey revoke(long id) {
        return db.inTransaction(em -> {
            ApiKeyEntity key = em.find(ApiKeyEntity.class, id);
            if (key == null) {
                throw FengqiaoException.notFound("api_key_not_found", "no API key " + id);
            }
            key.revoke(Instant.now());
            return key.toKey(clientName(em, key));
        });
    }

    @Override
    public Optional<ApiKey> authenticate(String secret, String purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return db.read(em -> em.createQuery("SELECT k FROM ApiKeyEntity k WHERE k.keyHash = :hash"
                + " AND k.purpose = :purpose AND k.revokedAt IS NULL", ApiKeyEntity.class)
                .setParameter("hash", TokenHash.of(secret.strip())).setParameter("purpose", purpose)
                .getResultList().stream().findFirst().map(k -> k.toKey(clientName(em, k))));
    }

    private static String clientName(EntityManager em, ApiKeyEntity key) {
        AccountEntity account = em.find(AccountEntity.class, key.accountId());
        return account == null ? null : account.toAccount().displayName();
    }
}
