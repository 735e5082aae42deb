package ma.maharat.certificate.credential;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;

/**
 * The administrators' page for the keys that sign certificates' credentials: each key's did:key, when
 * it was created and retired, and the button that rotates the key (after a confirmation; recorded in
 * the audit log). Credentials signed before a rotation keep verifying.
 */
@Named
@ViewScoped
public class ManageSigningKeys implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SigningKeys signingKeys;

    @Inject
    transient PageMessages messages;

    private List<SigningKey> keys;

    @PostConstruct
    void load() {
        keys = signingKeys.all();
    }

    public void rotate() {
        String did = signingKeys.rotate();
        messages.info("signingKeys.rotated", did);
        load();
    }

    public List<SigningKey> getKeys() {
        return keys;
    }
}
