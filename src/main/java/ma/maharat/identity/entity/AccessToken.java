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
import java.io.Serializable;
import java.time.Instant;

/**
 * A personal access token for the REST API. Only the SHA-256 of the token is stored: tokens are long
 * random strings, so a fast hash is enough, and a leaked table cannot be replayed. The hint (the first
 * characters) lets the owner tell tokens apart.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(name = AccessToken.BY_HASH,
        query = "SELECT t FROM AccessToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(name = AccessToken.OF_ACCOUNT,
        query = "SELECT t FROM AccessToken t WHERE t.account.id = :accountId ORDER BY t.createdAt DESC")
public class AccessToken implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String BY_HASH = "AccessToken.byHash";
    public static final String OF_ACCOUNT = "AccessToken.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, updatable = false)
    private String tokenHint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {}

    public AccessToken(Account account, String name, String tokenHash, String tokenHint) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = Instant.now();
    }

    public boolean isUsable() {
        return revokedAt == null && account.isActive();
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    public void markUsed(Instant at) {
        lastUsedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getTokenHint() {
        return tokenHint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
