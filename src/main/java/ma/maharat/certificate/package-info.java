/**
 * Certificates anyone can trust: who is eligible (completion rules), issuing with sequential numbers
 * and unguessable verification codes, the bilingual Arabic–French PDF with its QR code, the public
 * verification page and API, the signed Open Badges 3.0 credential, and revocation. Sits at the top:
 * it reads course, learning, quiz, training and identity; nothing reads it.
 */
package ma.maharat.certificate;
