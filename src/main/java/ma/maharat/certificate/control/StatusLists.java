package ma.maharat.certificate.control;

import fish.payara.micro.cdi.Inbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ma.maharat.certificate.credential.OpenBadgeCredentials;
import ma.maharat.platform.cluster.Forget;
import ma.maharat.platform.cluster.OtherNodes;

/**
 * The published Bitstring Status Lists, signed. Signing one takes milliseconds but verifiers fetch
 * it for every credential they check, so each list is kept until a revocation in it commits (then it
 * is rebuilt at the next request, on every node of a cluster: {@link OtherNodes}), and at most five
 * minutes, should a node miss that message.
 */
@ApplicationScoped
public class StatusLists {

    static final Duration LONGEST_KEPT = Duration.ofMinutes(5);

    @Inject
    CertificateRegister register;

    @Inject
    OpenBadgeCredentials credentials;

    @Inject
    PublicAddresses addresses;

    @Inject
    OtherNodes otherNodes;

    Clock clock = Clock.systemUTC();

    private record Signed(String json, Instant signedAt) {}

    private final Map<Integer, Signed> signed = new ConcurrentHashMap<>();

    /** The signed status list credential number {@code list} (1 = the first), or empty when there is no such list. */
    public Optional<String> document(int list) {
        if (list < 1 || list > register.statusListCount()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Signed kept = signed.get(list);
        if (kept != null && kept.signedAt().plus(LONGEST_KEPT).isAfter(now)) {
            return Optional.of(kept.json());
        }
        String json = credentials.statusList(addresses.statusList(list), register.revokedBits(list));
        signed.put(list, new Signed(json, now));
        return Optional.of(json);
    }

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateRevoked revoked) {
        int list = revoked.statusIndex() / PublicAddresses.STATUS_LIST_SIZE + 1;
        signed.remove(list);
        otherNodes.forget(Forget.STATUS_LIST, list);
    }

    /** Another node revoked a certificate of that list. */
    void revokedElsewhere(@Observes @Inbound Forget forget) {
        if (forget.concerns(Forget.STATUS_LIST)) {
            signed.remove((int) forget.key());
        }
    }
}
