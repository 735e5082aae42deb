package ma.maharat.identity.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import ma.maharat.identity.entity.AccessToken;
import ma.maharat.identity.entity.Account;

/**
 * Personal access tokens: created and revoked by their owner, shown once, presented by scripts as
 * {@code Authorization: Bearer mhr_...}.
 */
@Stateless
public class AccessTokens {

    static final String PREFIX = "mhr_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Recording each use would turn every API read into a write; once a minute tells enough. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    /** The token in clear, to show its owner once, and the stored record. */
    public record CreatedToken(String secret, AccessToken token) {}

    public CreatedToken create(long accountId, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new AccountRuleViolation("token.nameRequired");
        }
        name = ma.maharat.platform.text.VisibleText.normalise(name);
        if (ma.maharat.platform.text.VisibleText.problem(name, 100).isPresent()) {
            throw new AccountRuleViolation("token.nameInvisible");
        }
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new AccountRuleViolation("account.notFound");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        AccessToken token = new AccessToken(account, name.strip(), sha256(secret), secret.substring(0, 8));
        em.persist(token);
        return new CreatedToken(secret, token);
    }

    public List<AccessToken> of(long accountId) {
        return em.createNamedQuery(AccessToken.OF_ACCOUNT, AccessToken.class).setParameter("accountId", accountId).getResultList();
    }

    /** Revokes one of the owner's tokens; another person's token id is treated as unknown. */
    public void revoke(long ownerAccountId, long tokenId) {
        AccessToken token = em.find(AccessToken.class, tokenId);
        if (token == null || !token.getAccount().getId().equals(ownerAccountId)) {
            throw new AccountRuleViolation("token.notFound");
        }
        token.revoke();
    }

    public Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<AccessToken> found = em.createNamedQuery(AccessToken.BY_HASH, AccessToken.class)
                .setParameter("hash", sha256(secret))
                .getResultStream()
                .findFirst()
                .filter(AccessToken::isUsable);
        found.ifPresent(token -> {
            Instant now = Instant.now();
            if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
                token.markUsed(now);
            }
        });
        return found.map(token -> SignedInUser.of(token.getAccount()));
    }

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
