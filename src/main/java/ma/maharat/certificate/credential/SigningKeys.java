package ma.maharat.certificate.credential;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;

/**
 * The server's signing keys: the current one (created when there is none), every key ever used, and
 * rotation. A rotated key is retired, not deleted, so the list of Maharat's did:key identifiers stays
 * whole; what was signed with it still verifies because its did:key carries the public key.
 */
@Stateless
public class SigningKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    KeyProtection protection;

    Clock clock = Clock.systemUTC();

    /** The key that signs now, created on first use. */
    public Ed25519Key current() {
        return currentKey().key(protection);
    }

    /** Every key, latest first. */
    public List<SigningKey> all() {
        return em.createNamedQuery("SigningKey.all", SigningKey.class).getResultList();
    }

    /** Whether this did:key is one of Maharat's keys, current or retired. */
    public boolean isOurs(String did) {
        return did != null && em.createNamedQuery("SigningKey.countByDid", Long.class)
                .setParameter("did", did).getSingleResult() > 0;
    }

    /**
     * Retires the current key and starts signing with a new one; recorded in the audit log.
     *
     * @return the new key's did:key
     */
    public String rotate() {
        SigningKey old = currentKey();
        Instant now = Instant.now(clock);
        old.retire(now);
        // The retirement reaches the database before the new current key (one current key at a time).
        em.flush();
        SigningKey fresh = created(now);
        em.persist(fresh);
        audit.record("signing-key.rotated", "signing-key", fresh.getDid(),
                AuditMessage.of("audit.message.signingKey.rotated", old.getDid(), fresh.getDid()));
        return fresh.getDid();
    }

    private SigningKey currentKey() {
        List<SigningKey> current = em.createNamedQuery("SigningKey.current", SigningKey.class).getResultList();
        if (!current.isEmpty()) {
            return current.get(0);
        }
        SigningKey created = created(Instant.now(clock));
        em.persist(created);
        em.flush();
        audit.record("signing-key.created", "signing-key", created.getDid(),
                AuditMessage.of("audit.message.signingKey.created", created.getDid()));
        return created;
    }

    private SigningKey created(Instant at) {
        Ed25519Key key = Ed25519Key.generate();
        return new SigningKey(key, protection.toStore(key.privateKeyPkcs8()), at);
    }

    /**
     * Seals the keys stored before a passphrase was set (current and retired alike), once; recorded in
     * the audit log. The column is not updatable through the entity, on purpose: this is its one change.
     *
     * @return how many keys were sealed
     */
    public int sealStoredKeys() {
        int sealed = 0;
        for (SigningKey key : all()) {
            byte[] stored = key.storedPrivateKey();
            if (protection.needsSealing(stored)) {
                em.createNativeQuery("UPDATE signing_key SET private_key = ? WHERE id = ?")
                        .setParameter(1, protection.toStore(stored)).setParameter(2, key.getId()).executeUpdate();
                sealed++;
            }
        }
        if (sealed > 0) {
            em.getEntityManagerFactory().getCache().evict(SigningKey.class);
            audit.record("signing-key.sealed", "signing-key", "all", AuditMessage.of("audit.message.signingKey.sealed", sealed));
        }
        return sealed;
    }
}
