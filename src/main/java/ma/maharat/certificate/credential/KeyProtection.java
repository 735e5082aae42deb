package ma.maharat.certificate.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How private signing keys are kept in the database: sealed with {@code maharat.signing-key.passphrase}
 * ({@code MAHARAT_SIGNING_KEY_PASSPHRASE}) when it is set, as they are otherwise (the embedded default
 * database of a first try-out has nothing to protect; production sets it, see docs/operations.md).
 */
@ApplicationScoped
public class KeyProtection {

    private Optional<KeySeal> seal = Optional.empty();

    protected KeyProtection() {
        // for CDI's proxy
    }

    @Inject
    KeyProtection(@ConfigProperty(name = "maharat.signing-key.passphrase") Optional<String> passphrase) {
        this.seal = passphrase.filter(p -> !p.isBlank()).map(KeySeal::new);
    }

    /** Whether keys are sealed before they are stored. */
    public boolean isOn() {
        return seal.isPresent();
    }

    /** The private key as it is to be stored: sealed when a passphrase is set. */
    byte[] toStore(byte[] privateKey) {
        return seal.map(s -> s.seal(privateKey)).orElseGet(privateKey::clone);
    }

    /**
     * The private key from what is stored.
     *
     * @throws IllegalStateException when it is sealed and no passphrase, or another one, is set
     */
    byte[] fromStore(byte[] stored) {
        if (KeySeal.isSealed(stored) && seal.isEmpty()) {
            throw new IllegalStateException("The signing key is sealed: set MAHARAT_SIGNING_KEY_PASSPHRASE to the passphrase"
                    + " it was sealed with");
        }
        return seal.map(s -> s.open(stored)).orElseGet(stored::clone);
    }

    /** Whether a stored key still waits to be sealed. */
    boolean needsSealing(byte[] stored) {
        return isOn() && !KeySeal.isSealed(stored);
    }
}
