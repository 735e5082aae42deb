package ma.maharat.certificate.credential;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Makes sure a signing key exists once the schema is migrated, so the first certificate does not pay
 * for it and two first certificates cannot race to create one. Logs the did:key only, never the key.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class SigningKeyAtStart {

    private static final Logger LOG = Logger.getLogger(SigningKeyAtStart.class.getName());

    @Inject
    SigningKeys keys;

    @PostConstruct
    void ensureKey() {
        LOG.info(() -> "Credentials are signed by " + keys.current().did());
    }
}
