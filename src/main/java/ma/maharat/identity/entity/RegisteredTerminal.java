package ma.maharat.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A browser of the center that an administrator registered for picture sign-in, which lists trainees'
 * names and so is never offered to the internet at large. The browser keeps a random token in a
 * long-lived cookie; only its SHA-256 is stored (a long random token needs no slow hash). Revoking is
 * final. Failed picture sign-ins in a row are counted here too, so that one terminal cannot try account
 * after account.
 */
@Entity
@Table(name = "registered_terminal")
@NamedQuery(name = RegisteredTerminal.BY_HASH, query = "SELECT t FROM RegisteredTerminal t WHERE t.tokenHash = :hash")
@NamedQuery(name = RegisteredTerminal.ALL,
        query = "SELECT t FROM RegisteredTerminal t JOIN FETCH t.registeredBy ORDER BY t.revokedAt, t.registeredAt DESC")
public class RegisteredTerminal implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String BY_HASH = "RegisteredTerminal.byHash";
    public static final String ALL = "RegisteredTerminal.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registered_by", nullable = false, updatable = false)
    private Account registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected RegisteredTerminal() {}

    public RegisteredTerminal(String name, String tokenHash, Account registeredBy, Instant at) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.registeredBy = registeredBy;
        this.registeredAt = at;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void recordFailedSignIn(Instant lockedUntil) {
        this.failedSignIns++;
        this.lockedUntil = lockedUntil;
    }

    public void recordSuccessfulSignIn(Instant at) {
        this.failedSignIns = 0;
        this.lockedUntil = null;
        this.lastUsedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Account getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }
}
