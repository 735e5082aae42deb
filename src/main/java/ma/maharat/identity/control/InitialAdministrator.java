package ma.maharat.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import ma.maharat.identity.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a new installation can be administered: when the database has no active administrator,
 * creates {@code admin} with {@code MAHARAT_ADMIN_PASSWORD}, or with a random password printed once in
 * the log. There is never a fixed default password.
 */
@Startup
@Singleton
@DependsOn("StartUpTurn")
public class InitialAdministrator {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "maharat.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void ensureAdministrator() {
        if (accounts.hasActiveAdministrator()) {
            return;
        }
        boolean generated = configuredPassword.isEmpty();
        String password = configuredPassword.orElseGet(InitialAdministrator::randomPassword);
        try {
            accounts.create(new NewAccount(USERNAME, "Administrateur", "المسؤول", Role.ADMIN, password, "fr", null, true));
        } catch (jakarta.ejb.EJBException | AccountRuleViolation e) {
            throw new IllegalStateException("Could not create the initial administrator '" + USERNAME + "': "
                    + (e instanceof AccountRuleViolation v ? v.messageKey() + " (MAHARAT_ADMIN_PASSWORD needs at least "
                    + PasswordPolicy.MINIMUM_LENGTH + " characters)" : e.getMessage()), e);
        }
        if (generated) {
            LOG.warning(() -> "\n==========================================================\n"
                    + " Maharat created the administrator account '" + USERNAME + "'.\n"
                    + " Its password, shown this once: " + password + "\n"
                    + " Set MAHARAT_ADMIN_PASSWORD to choose it yourself.\n"
                    + "==========================================================");
        } else {
            LOG.info(() -> "Created the administrator account '" + USERNAME + "' with the password from MAHARAT_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
