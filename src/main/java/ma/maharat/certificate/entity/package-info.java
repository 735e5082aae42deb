/** Issued certificates, frozen at issue time, and the facts they state. */
package ma.maharat.certificate.entity;
