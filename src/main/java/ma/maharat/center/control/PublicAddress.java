package ma.maharat.center.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import ma.maharat.center.entity.CenterSetting;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach Maharat at, as certificates print it: the one an administrator set, else
 * the configuration's {@code maharat.public-url}. Remembered between reads (it is read for every
 * certificate and credential) and read again when it changes on this server.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    CenterSettings settings;

    @Inject
    @ConfigProperty(name = "maharat.public-url", defaultValue = "http://localhost:8080")
    String configured;

    private volatile String remembered;

    /** The address, without a trailing slash. */
    public String current() {
        String address = remembered;
        if (address == null) {
            address = settings.publicAddress().map(CenterSetting::getValue).orElseGet(this::configured);
            remembered = address;
        }
        return address;
    }

    /** The configuration's address, the starting value until an administrator sets one. */
    public String configured() {
        return PublicAddressRules.normalize(configured).orElse(configured);
    }

    /** Who set the address and when; empty while the configuration's stands. */
    public Optional<CenterSetting> setting() {
        return settings.publicAddress();
    }

    /** Whether others can reach the address: not localhost or a loopback address. */
    public boolean isReachableByOthers() {
        return !PublicAddressRules.isLocal(current());
    }

    /** Whether certificates may be issued now: the address is reachable by others, or this is the demo data set. */
    public boolean allowsIssuing() {
        return isReachableByOthers() || settings.holdsDemoDataSet();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicAddressChanged changed) {
        remembered = null;
    }
}
