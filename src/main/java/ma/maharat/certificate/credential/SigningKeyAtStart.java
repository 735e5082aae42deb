package ma.maharat.certificate.credential;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.logging.Logger;

/**
 * Makes sure a signing key exists once the schema is migrated, so the first certificate does not pay
 * for it and two first certificates cannot race to create one. Logs the did:key only, never the key.
 * Two servers starting at once on an empty table both try to create the first key; the database's
 * unique key lets one win and refuses the other, which then reads the winner's key in a new transaction.
 */
@Startup
@Singleton
@DependsOn("StartUpTurn")
public class SigningKeyAtStart {

    private static final Logger LOG = Logger.getLogger(SigningKeyAtStart.class.getName());
    static final int ATTEMPTS = 3;

    @Inject
    SigningKeys keys;

    // Each attempt runs in a transaction of its own (SigningKeys'), so a refused one does not spoil the next.
    @Inject
    KeyProtection protection;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void ensureKey() {
        LOG.info(() -> "Credentials are signed by " + currentKey().did());
        if (protection.isOn()) {
            int sealed = keys.sealStoredKeys();
            if (sealed > 0) {
                LOG.info(() -> sealed + " signing keys stored before a passphrase was set are now sealed");
            }
        } else {
            LOG.warning("Signing keys are stored unsealed: set MAHARAT_SIGNING_KEY_PASSPHRASE in production (docs/operations.md)");
        }
    }

    Ed25519Key currentKey() {
        for (int attempt = 1; ; attempt++) {
            try {
                return keys.current();
            } catch (EJBException | PersistenceException e) {
                if (attempt == ATTEMPTS || !isRefusedInsert(e)) {
                    throw e;
                }
                LOG.info("Another server created the first signing key at the same moment: reading it");
            }
        }
    }

    /** Whether the database refused to store a key (the unique key), rather than anything else going wrong. */
    private static boolean isRefusedInsert(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersistenceException || cause instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }
}
