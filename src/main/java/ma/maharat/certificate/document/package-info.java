/**
 * The certificate as a document: what it states ({@code CertificateFacts}) and its bilingual
 * Arabic–French PDF with a QR code of its verification address ({@code CertificatePdf}). Knows nothing
 * of how certificates are stored or issued; the certificate feature hands it the facts.
 */
package ma.maharat.certificate.document;
