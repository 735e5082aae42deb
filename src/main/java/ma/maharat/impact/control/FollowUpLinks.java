package ma.maharat.impact.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.impact.entity.FollowUpDetails;
import ma.maharat.impact.entity.FollowUpLink;
import ma.maharat.impact.entity.FollowUpRound;
import ma.maharat.training.entity.Cohort;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links a president records her cooperative's follow-up with, without an account. A token is 32 random
 * bytes (256 bits, URL-safe Base64), shown once to the administrator and kept only as its SHA-256, so a copy
 * of the database opens no form. A link serves one cooperative, one cohort and one round; it expires (30 days
 * by default, {@code maharat.follow-up.link-days}), can be revoked, and is spent once the form is sent.
 */
@Stateless
public class FollowUpLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The longest token the page looks up; anything longer is unknown without a query. */
    public static final int MAX_TOKEN_LENGTH = 64;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    FollowUps followUps;

    @Inject
    @ConfigProperty(name = "maharat.follow-up.link-days", defaultValue = "30")
    int linkDays;

    Clock clock = Clock.systemUTC();

    /** What a token opens: the link, or why it opens nothing (unknown when there is no link). */
    public record Opening(FollowUpLink link, Reason refusal) {

        public enum Reason {
            UNKNOWN,
            EXPIRED,
            REVOKED,
            USED
        }

        public boolean isOpen() {
            return refusal == null;
        }
    }

    /** A new link for one cooperative of the cohort and one round: the token, to show once. */
    public String create(long cohortId, long cooperativeId, FollowUpRound round, long administratorId) {
        if (round == null) {
            throw new FollowUpRuleViolation("followUp.roundRequired");
        }
        Cohort cohort = followUps.cohort(cohortId).orElseThrow(() -> new FollowUpRuleViolation("followUp.unknownCohort"));
        var cooperative = cohort.getCooperatives().stream().filter(c -> c.getId() == cooperativeId).findFirst()
                .orElseThrow(() -> new FollowUpRuleViolation("followUp.notInCohort"));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now(clock);
        FollowUpLink link = new FollowUpLink(sha256(token), cohort, cooperative, round, administratorId, now, now.plus(Duration.ofDays(linkDays)));
        em.persist(link);
        em.flush();
        audit.record("followUpLink.created", "followUpLink", link.getId(), AuditMessage.of("audit.message.followUpLink.created",
                cooperative.getNameFr(), cohort.getName(), AuditMessage.of("followUp.round." + round.name()), linkDays));
        return token;
    }

    public void revoke(long linkId) {
        FollowUpLink link = em.find(FollowUpLink.class, linkId);
        if (link == null) {
            throw new FollowUpRuleViolation("followUp.unknownLink");
        }
        if (link.getRevokedAt() != null) {
            return;
        }
        link.revoke(Instant.now(clock));
        audit.record("followUpLink.revoked", "followUpLink", linkId, AuditMessage.of("audit.message.followUpLink.revoked",
                link.getCooperative().getNameFr(), AuditMessage.of("followUp.round." + link.getRound().name())));
    }

    public List<FollowUpLink> ofCohort(long cohortId) {
        return em.createNamedQuery(FollowUpLink.OF_COHORT, FollowUpLink.class).setParameter("cohort", cohortId).getResultList();
    }

    /** What a token typed in an address opens, without changing anything. */
    public Opening open(String token) {
        return find(token, false);
    }

    /**
     * Records the president's follow-up through her link and spends it, in one transaction; the link's row is
     * locked first, so the same link sent twice at once records once.
     */
    public Opening submit(String token, FollowUpDetails details) {
        Opening opening = find(token, true);
        if (!opening.isOpen()) {
            return opening;
        }
        FollowUpLink link = opening.link();
        followUps.record(link.getCohort().getId(), link.getCooperative().getId(), link.getRound(), details, null);
        link.use(Instant.now(clock));
        return opening;
    }

    private Opening find(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return new Opening(null, Opening.Reason.UNKNOWN);
        }
        Optional<FollowUpLink> found = em.createNamedQuery(FollowUpLink.BY_TOKEN_HASH, FollowUpLink.class).setParameter("hash", sha256(token.strip()))
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultStream().findFirst();
        if (found.isEmpty()) {
            return new Opening(null, Opening.Reason.UNKNOWN);
        }
        FollowUpLink.Refusal refusal = found.get().refusalAt(Instant.now(clock));
        return new Opening(found.get(), refusal == null ? null : Opening.Reason.valueOf(refusal.name()));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
