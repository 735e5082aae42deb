/**
 * The certificate rules: who is eligible and what is missing, issuing (numbers, codes, status
 * indexes, the signed credential), superseding, revoking, the published status list and the public
 * verification's rate limit.
 */
package ma.maharat.certificate.control;
