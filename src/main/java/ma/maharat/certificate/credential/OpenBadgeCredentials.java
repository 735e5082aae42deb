package ma.maharat.certificate.credential;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.BitSet;
import ma.maharat.certificate.document.CertificateFacts;

/**
 * Open Badges 3.0 credentials for certificates, signed with the server's Ed25519 key
 * ({@code eddsa-rdfc-2022}), and the Bitstring Status List that revokes them.
 */
@ApplicationScoped
public class OpenBadgeCredentials {

    /** The signed {@code OpenBadgeCredential}, as JSON. */
    public String issue(CertificateFacts facts, StatusEntry status) {
        throw new UnsupportedOperationException("Open Badges credential: being built (issue 6)");
    }

    /** The signed {@code BitstringStatusListCredential} published at {@code listUrl}, as JSON. */
    public String statusList(String listUrl, BitSet revoked) {
        throw new UnsupportedOperationException("Status list: being built (issue 6)");
    }
}
