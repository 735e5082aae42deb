package ma.maharat.impact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.training.entity.Cohort;

/**
 * A link sent to a cooperative's president to record one round of one cohort without an account. Only
 * the SHA-256 of its token is stored; it serves until it expires, is revoked, or is used once.
 */
@Entity
@Table(name = "follow_up_link")
@NamedQuery(name = FollowUpLink.BY_TOKEN_HASH, query = "SELECT l FROM FollowUpLink l WHERE l.tokenHash = :hash")
@NamedQuery(name = FollowUpLink.OF_COHORT, query = "SELECT l FROM FollowUpLink l WHERE l.cohort.id = :cohort ORDER BY l.createdAt DESC")
public class FollowUpLink implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String BY_TOKEN_HASH = "FollowUpLink.byTokenHash";
    public static final String OF_COHORT = "FollowUpLink.ofCohort";

    /** Why a link opens no form. */
    public enum Refusal {
        EXPIRED,
        REVOKED,
        USED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cooperative_id", nullable = false, updatable = false)
    private Cooperative cooperative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FollowUpRound round;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected FollowUpLink() {}

    public FollowUpLink(String tokenHash, Cohort cohort, Cooperative cooperative, FollowUpRound round, long createdBy, Instant createdAt,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.cohort = cohort;
        this.cooperative = cooperative;
        this.round = round;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Why the link cannot be used at this instant, or null when it can. */
    public Refusal refusalAt(Instant now) {
        if (revokedAt != null) {
            return Refusal.REVOKED;
        }
        if (usedAt != null) {
            return Refusal.USED;
        }
        return now.isBefore(expiresAt) ? null : Refusal.EXPIRED;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public void use(Instant at) {
        usedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public FollowUpRound getRound() {
        return round;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
