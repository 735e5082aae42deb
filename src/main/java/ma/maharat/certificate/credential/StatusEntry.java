package ma.maharat.certificate.credential;

/**
 * Where a credential's revocation bit lives: the published Bitstring Status List and the bit's index.
 *
 * @param statusListUrl the absolute address of the status list credential
 * @param index         the certificate's bit in it (0-based, unique per certificate)
 */
public record StatusEntry(String statusListUrl, int index) {
}
