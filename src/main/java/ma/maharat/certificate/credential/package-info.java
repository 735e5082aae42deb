/**
 * The certificate as a signed Open Badges 3.0 credential: building and signing it
 * ({@code OpenBadgeCredentials}, {@code eddsa-rdfc-2022} with RDFC-1.0 by titanium-rdfc), verifying it
 * offline ({@code OfflineContexts}, did:key), the Bitstring Status List that revokes it, and the server's
 * signing keys with their rotation page. Kept in one package (entity {@code SigningKey}, control
 * {@code SigningKeys}, page {@code ManageSigningKeys}) because it is small and self-contained.
 */
package ma.maharat.certificate.credential;
