package ma.maharat.certificate.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One of the server's signing keys as stored: its did:key, the public key, the private key as
 * {@link KeyProtection} stores it (sealed when a passphrase is set), when it was created and when it was
 * retired (null for the current key). {@link #toString()} never shows the private key.
 */
@Entity
@Table(name = "signing_key")
@NamedQuery(name = "SigningKey.current", query = "SELECT k FROM SigningKey k WHERE k.retiredAt IS NULL")
@NamedQuery(name = "SigningKey.all", query = "SELECT k FROM SigningKey k ORDER BY k.createdAt DESC, k.id DESC")
@NamedQuery(name = "SigningKey.countByDid", query = "SELECT COUNT(k) FROM SigningKey k WHERE k.did = :did")
public class SigningKey implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String did;

    @Column(name = "public_key", nullable = false, updatable = false)
    private byte[] publicKey;

    @Column(name = "private_key", nullable = false, updatable = false)
    private byte[] privateKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SigningKey() {
        // for JPA
    }

    SigningKey(Ed25519Key key, byte[] storedPrivateKey, Instant createdAt) {
        this.did = key.did();
        this.publicKey = key.publicKey();
        this.privateKey = storedPrivateKey.clone();
        this.createdAt = createdAt;
    }

    /** The key pair, to sign with, its private key opened by {@code protection}. */
    Ed25519Key key(KeyProtection protection) {
        return Ed25519Key.of(publicKey, protection.fromStore(privateKey));
    }

    /** The private key as stored. */
    byte[] storedPrivateKey() {
        return privateKey.clone();
    }

    void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getDid() {
        return did;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public boolean isCurrent() {
        return retiredAt == null;
    }

    @Override
    public String toString() {
        return "SigningKey[" + id + ", " + did + (retiredAt == null ? ", current]" : ", retired " + retiredAt + "]");
    }
}
