package ma.maharat.certificate.credential;

/**
 * What checking a signed credential found.
 *
 * @param valid        the proof is an {@code eddsa-rdfc-2022} signature over exactly this content, made
 *                     with the key of the credential's issuer
 * @param issuer       the issuer's {@code did:key} as the credential states it (null when unreadable)
 * @param knownIssuer  the issuer is one of Maharat's signing keys, current or retired (false when not asked)
 * @param problem      why it is not valid, in a developer's words; null when valid
 */
public record Verification(boolean valid, String issuer, boolean knownIssuer, String problem) {

    static Verification failed(String issuer, String problem) {
        return new Verification(false, issuer, false, problem);
    }

    Verification known(boolean known) {
        return new Verification(valid, issuer, known, problem);
    }
}
