package ma.maharat.certificate.control;

/** Fired in the transaction that revokes a certificate; the status list is rebuilt once it commits. */
public record CertificateRevoked(long certificateId, int statusIndex) {
}
