package ma.maharat.certificate.document;

import jakarta.enterprise.context.ApplicationScoped;

/** Renders a certificate as an A4 landscape, Arabic–French PDF with a QR code of its verification address. */
@ApplicationScoped
public class CertificatePdf {

    /** The PDF's bytes. */
    public byte[] render(CertificateFacts facts) {
        throw new UnsupportedOperationException("Certificate PDF: being built (issue 6)");
    }
}
