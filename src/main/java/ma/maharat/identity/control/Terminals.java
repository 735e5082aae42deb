package ma.maharat.identity.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.RegisteredTerminal;
import ma.maharat.identity.entity.Role;

/**
 * The center's registered terminals: registered by an administrator signed in on that browser (which
 * then holds the token in a cookie), listed, revoked. A token is a random string shown to nobody: it goes
 * straight into the cookie.
 */
@Stateless
public class Terminals {

    static final String PREFIX = "mht_";
    static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The token for the browser's cookie, and the stored record. */
    public record Registration(String token, RegisteredTerminal terminal) {}

    public Registration register(String name, long administratorId) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new AccountRuleViolation("terminals.nameRequired");
        }
        Account admin = em.find(Account.class, administratorId);
        if (admin == null || admin.getRole() != Role.ADMIN || !admin.isActive()) {
            throw new AccountRuleViolation("terminals.adminOnly");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        RegisteredTerminal terminal = new RegisteredTerminal(name.strip(), sha256(token), admin, clock.instant());
        em.persist(terminal);
        em.flush();
        audit.record("terminal.registered", "terminal", terminal.getId(), AuditMessage.of("audit.message.terminal.registered", terminal.getName()));
        return new Registration(token, terminal);
    }

    public void revoke(long terminalId) {
        RegisteredTerminal terminal = em.find(RegisteredTerminal.class, terminalId);
        if (terminal == null) {
            throw new AccountRuleViolation("terminals.notFound");
        }
        if (!terminal.isRevoked()) {
            terminal.revoke(clock.instant());
            audit.record("terminal.revoked", "terminal", terminalId, AuditMessage.of("audit.message.terminal.revoked", terminal.getName()));
        }
    }

    public List<RegisteredTerminal> all() {
        return em.createNamedQuery(RegisteredTerminal.ALL, RegisteredTerminal.class).getResultList();
    }

    /** The terminal holding this token, if it is registered and not revoked. */
    public Optional<RegisteredTerminal> holding(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(RegisteredTerminal.BY_HASH, RegisteredTerminal.class)
                .setParameter("hash", sha256(token))
                .getResultStream()
                .findFirst()
                .filter(t -> !t.isRevoked());
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
